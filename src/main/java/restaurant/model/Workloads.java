package restaurant.model;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/** Generated workloads, for runs far bigger than four orders. */
public final class Workloads {
  public static final int MAX_GENERATED_ORDERS = 10_000_000;

  private Workloads() {}

  /**
   * {@code count} orders of 1 to 4 products, each drawn uniformly from the menu (in name order).
   * SplittableRandom's algorithm is fixed by its specification, so a seed gives the same orders
   * on every machine and every JVM. Made as they are read: the day is never held.
   */
  public static OrderSequence generate(int count, long seed, Menu menu) {
    List<String> products = List.copyOf(menu.products());
    return new OrderSequence() {
      @Override
      public Iterator<Order> iterator() {
        SplittableRandom random = new SplittableRandom(seed);
        return new Iterator<>() {
          private int id;

          @Override
          public boolean hasNext() {
            return id < count;
          }

          @Override
          public Order next() {
            if (id >= count) {
              throw new NoSuchElementException();
            }
            int size = 1 + random.nextInt(4);
            String[] picked = new String[size];
            for (int i = 0; i < size; i++) {
              picked[i] = products.get(random.nextInt(products.size()));
            }
            return new Order(id++, List.of(picked));
          }
        };
      }

      @Override
      public int size() {
        return count;
      }

      @Override
      public boolean arrivesOverTime() {
        return false;
      }
    };
  }
}
