package restaurant.model;

import java.util.List;

/** What a list of orders asks of the kitchen: its total work, its floor, the least makespan it allows. */
public final class Orders {
  private Orders() {}

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
