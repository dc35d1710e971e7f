package restaurant.model;

import java.util.List;

/**
 * A place in the kitchen with a number of cooks, each making one product at a time: the grill,
 * the fryer, the bar. Products wait for a free cook in one queue, first come first served.
 */
public record KitchenStation(String name, int cooks, List<String> products) {
  public KitchenStation {
    products = List.copyOf(products);
  }
}
