package restaurant.config;

import java.util.ArrayList;
import java.util.List;
import restaurant.model.Menu;
import restaurant.model.Order;

/** Turns lists of product names, from whatever source, into numbered orders the menu can serve. */
final class OrderLists {
  private OrderLists() {}

  /**
   * @param source where the lists came from, for the error message ("orders file x.json",
   *     "restaurant.orders (conf/application.conf: 20)")
   */
  static List<Order> number(List<List<String>> productLists, Menu menu, String source) {
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

}
