package restaurant.model;

import java.util.List;

/**
 * The least makespan a list of orders allows. (Its total work and its slowest product are summed
 * up by the report's Ledger, in its one pass over the orders.)
 */
public final class Orders {
  private Orders() {}

  /**
   * The least makespan the actor model allows with {@code slots} order slots (waiters times
   * max-open-orders): an order holds a slot for as long as its slowest product cooks and its
   * delivery takes, so the slots must cover the sum of those times, and no order can be done before
   * its arrival plus its own time. (Stations with few cooks only add to it: still a lower bound.)
   */
  public static double lowerBoundSeconds(List<Order> orders, Menu menu, long seed, long slots,
      double deliverySeconds) {
    double total = 0;
    double longest = 0;
    for (Order order : orders) {
      double slowest = 0;
      for (int item = 0; item < order.products().size(); item++) { // as drawn, for a time that varies
        slowest = Math.max(slowest, menu.firstPreparationNanos(order, item, seed) / 1e9);
      }
      total += slowest + deliverySeconds;
      longest = Math.max(longest, order.arrivalSeconds() + slowest + deliverySeconds);
    }
    return Math.max(longest, total / slots);
  }
}
