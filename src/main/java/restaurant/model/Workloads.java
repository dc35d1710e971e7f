package restaurant.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generated workloads, for runs far bigger than four orders. */
public final class Workloads {
  public static final int MAX_GENERATED_ORDERS = 10_000_000;

  private Workloads() {}

  /**
   * {@code count} orders of 1 to 4 products, each drawn uniformly from the menu (in name order).
   * SplittableRandom's algorithm is fixed by its specification, so a seed gives the same orders
   * on every machine and every JVM.
   */
  public static List<Order> generate(int count, long seed, Menu menu) {
    List<String> products = List.copyOf(menu.products());
    SplittableRandom random = new SplittableRandom(seed);
    List<Order> orders = new ArrayList<>(count);
    for (int id = 0; id < count; id++) {
      int size = 1 + random.nextInt(4);
      String[] picked = new String[size];
      for (int i = 0; i < size; i++) {
        picked[i] = products.get(random.nextInt(products.size()));
      }
      orders.add(new Order(id, List.of(picked)));
    }
    return orders;
  }
}
