package restaurant.config;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import restaurant.model.Menu;
import restaurant.model.Order;

/**
 * Turns lists of product names, from whatever source, into numbered orders the menu can serve,
 * one order at a time as they are read: each is checked against the menu, and its names are the
 * menu's own String instances (millions of orders share a handful of strings).
 */
final class OrderLists {
  private final Menu menu;
  private final String source;
  /** The menu's names, each under itself and its NFC form: "café" matches however it is written. */
  private final Map<String, String> names = new HashMap<>();
  private final List<Order> orders = new ArrayList<>();
  private int count;

  /**
   * @param source where the lists come from, for the error message ("orders file x.json",
   *     "restaurant.orders (conf/application.conf: 20)")
   */
  OrderLists(Menu menu, String source) {
    this.menu = menu;
    this.source = source;
    for (String product : menu.products()) {
      names.put(product, product);
      names.putIfAbsent(Normalizer.normalize(product, Normalizer.Form.NFC), product);
    }
  }

  /** How many orders have been made. */
  int count() {
    return count;
  }

  /** The next order, there from the opening, id 0, 1, 2 ... in the order they come. */
  void add(List<String> products) {
    add(products, 0);
  }

  /** The next order, arriving {@code arrivalSeconds} after the opening. */
  void add(List<String> products, double arrivalSeconds) {
    orders.add(next(products, arrivalSeconds));
  }

  /** The next order, checked and counted but not kept: for orders read as a stream. */
  Order next(List<String> products, double arrivalSeconds) {
    int id = count++;
    if (products.isEmpty()) {
      throw new BadInputException(source + ": order " + id + " has no products");
    }
    String[] served = new String[products.size()];
    for (int i = 0; i < served.length; i++) {
      served[i] = product(id, products.get(i));
    }
    return new Order(id, List.of(served), arrivalSeconds);
  }

  /** The menu's own instance of a product's name, or a message saying it is not on the menu. */
  private String product(int orderId, String name) {
    String product = names.get(name);
    if (product == null) {
      product = names.get(Normalizer.normalize(name, Normalizer.Form.NFC));
    }
    if (product == null) {
      throw new BadInputException(source + ": order " + orderId + " has unknown product \""
          + BadInputException.shown(name) + "\"; the menu has " + String.join(", ", menu.products()));
    }
    return product;
  }

  /** The orders read, at least one. */
  List<Order> orders() {
    if (orders.isEmpty()) {
      throw new BadInputException(source + ": there are no orders; give at least one, e.g. [[\"burger\", \"soda\"]]");
    }
    return List.copyOf(orders);
  }
}
