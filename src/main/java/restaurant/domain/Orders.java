package restaurant.domain;

import java.util.ArrayList;
import java.util.List;

/** Turns lists of product names, from whatever source, into numbered orders the menu can serve. */
public final class Orders {
  private Orders() {}

  /**
   * @param source where the lists came from, for the error message ("orders file x.json",
   *     "restaurant.orders (conf/application.conf: 20)")
   */
  public static List<Order> of(List<List<String>> productLists, Menu menu, String source) {
    if (productLists.isEmpty()) {
      throw new BadInputException(source + ": there are no orders; give at least one, e.g. [[\"burger\", \"soda\"]]");
    }
    List<Order> orders = new ArrayList<>(productLists.size());
    for (int id = 0; id < productLists.size(); id++) {
      List<String> products = productLists.get(id);
      if (products.isEmpty()) {
        throw new BadInputException(source + ": order " + id + " has no products");
      }
      for (String product : products) {
        if (!menu.has(product)) {
          throw new BadInputException(source + ": order " + id + " has unknown product \"" + product
              + "\"; the menu has " + String.join(", ", menu.products()));
        }
      }
      orders.add(new Order(id, products));
    }
    return List.copyOf(orders);
  }

  /** What one blocking waiter would take: every product's preparation time, one after another. */
  public static double sequentialSeconds(List<Order> orders, Menu menu) {
    double total = 0;
    for (Order order : orders) {
      for (String product : order.products()) {
        total += Seconds.of(menu.preparationTime(product));
      }
    }
    return total;
  }

  /**
   * The least makespan the actor model allows with {@code slots} order slots (waiters times
   * max-open-orders): an order holds a slot for as long as its slowest product cooks, so the
   * slots must cover the sum of those times, and no order can beat its own slowest product.
   */
  public static double lowerBoundSeconds(List<Order> orders, Menu menu, long slots) {
    double total = 0;
    double longest = 0;
    for (Order order : orders) {
      double slowest = 0;
      for (String product : order.products()) {
        slowest = Math.max(slowest, Seconds.of(menu.preparationTime(product)));
      }
      total += slowest;
      longest = Math.max(longest, slowest);
    }
    return Math.max(longest, total / slots);
  }

  /** No schedule can beat the slowest single product. */
  public static double floorSeconds(List<Order> orders, Menu menu) {
    double floor = 0;
    for (Order order : orders) {
      for (String product : order.products()) {
        floor = Math.max(floor, Seconds.of(menu.preparationTime(product)));
      }
    }
    return floor;
  }
}
