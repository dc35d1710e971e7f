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
