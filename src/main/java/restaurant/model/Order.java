package restaurant.model;

import java.util.List;

/** One customer's order: an id (0, 1, 2 ... in the order the cashier received them) and its products. */
public record Order(int id, List<String> products) {
  public Order {
    products = List.copyOf(products);
  }
}
