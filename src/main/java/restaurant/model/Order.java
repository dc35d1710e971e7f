package restaurant.model;

import java.util.List;

/**
 * One customer's order: an id (0, 1, 2 ... in the order the cashier received them), its products
 * and when it arrives, in simulated seconds from the opening (0 when every order is there at once).
 */
public record Order(int id, List<String> products, double arrivalSeconds) {
  public Order {
    products = List.copyOf(products);
  }

  /** An order there from the opening on. */
  public Order(int id, List<String> products) {
    this(id, products, 0);
  }

  public Order arrivingAt(double seconds) {
    return new Order(id, products, seconds);
  }
}
