package restaurant.actors;

import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.List;
import restaurant.config.Settings;
import restaurant.model.Order;

/** The reference workload of the built-in defaults, with the staff a test asks for. */
final class ReferenceWorkload {
  static final Settings DEFAULTS = Settings.from(ConfigFactory.defaultReference());

  private ReferenceWorkload() {}

  static Settings with(int waiters, int maxOpenOrders) {
    return DEFAULTS.withStaff(waiters, maxOpenOrders);
  }

  /** One waiter carrying one order at a time, serving these orders at time-scale 1. */
  static Settings oneWaiterServing(List<List<String>> productLists) {
    List<Order> orders = new ArrayList<>();
    for (List<String> products : productLists) {
      orders.add(new Order(orders.size(), products));
    }
    return with(1, 1).withOrders(orders);
  }
}
