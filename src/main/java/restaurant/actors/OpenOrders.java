package restaurant.actors;

import java.util.List;
import restaurant.model.Order;

/**
 * The orders one waiter is serving, by id: the waiter looks one up for every product the kitchen
 * brings. A small open-addressing table of the orders themselves, made on the first order: a
 * lookup reads the table and the order it finds, where a {@code HashMap<Integer, ...>} also reads
 * a boxed key and a node, and allocates the key. With 10,000 waiters each is cold in the cache
 * when its product arrives, and every object read is a cache miss (docs/benchmarks.md).
 */
final class OpenOrders {
  /**
   * An order being served: which of its products are in, and how often each was ordered again: a
   * burnt product, or one the kitchen lost in a crash, each up to max-retries times.
   */
  static final class OpenOrder {
    /** In {@link #attempt}: the item has arrived. */
    private static final int ARRIVED = -1;
    /** From {@link #burnt}: the item burnt max-retries times again; the order fails. */
    static final int OUT_OF_RETRIES = -1;

    final Order order;
    private final String[] products;
    /** Per item, the attempt awaited (how often it was ordered again after burning), or ARRIVED. */
    private final int[] attempt;
    /** Per item, how often the kitchen lost it; made when it first loses one: most orders never need it. */
    private int[] timesLost;
    private int productsToCome;

    OpenOrder(Order order) {
      List<String> items = order.products();
      this.order = order;
      this.products = items.toArray(new String[0]);
      this.attempt = new int[products.length];
      this.productsToCome = products.length;
    }

    int id() {
      return order.id();
    }

    /** A reply for the current attempt at an item still awaited; anything else is stale. */
    boolean awaits(int item, int attemptNumber) {
      return attemptNumber >= 0 && item >= 0 && item < attempt.length && attempt[item] == attemptNumber;
    }

    /** True if {@code item} is a place in the order, and {@code product} what was ordered there. */
    boolean has(int item, String product) {
      return item >= 0 && item < products.length && products[item].equals(product);
    }

    /** The item is in: true when it was the last to come. */
    boolean arrived(int item) {
      attempt[item] = ARRIVED;
      return --productsToCome == 0;
    }

    /** Every product is in: the order is on its way to its table. */
    boolean allArrived() {
      return productsToCome == 0;
    }

    /** The item came out burnt: the attempt to order now, or OUT_OF_RETRIES. */
    int burnt(int item, int maxRetries) {
      return attempt[item] == maxRetries ? OUT_OF_RETRIES : ++attempt[item];
    }

    /** The kitchen lost the item in a crash: true when it may be ordered again. */
    boolean lost(int item, int maxRetries) {
      if (timesLost == null) {
        timesLost = new int[products.length];
      }
      if (timesLost[item] == maxRetries) {
        return false;
      }
      timesLost[item]++;
      return true;
    }
  }

  private OpenOrder[] table;
  /** 32 minus the table's size in bits: Fibonacci hashing takes the top bits of the product. */
  private int shift;
  private int size;

  int size() {
    return size;
  }

  /** The order with this id, or null. */
  OpenOrder get(int orderId) {
    if (table == null) {
      return null;
    }
    int mask = table.length - 1;
    for (int slot = slotOf(orderId); ; slot = (slot + 1) & mask) {
      OpenOrder open = table[slot];
      if (open == null || open.id() == orderId) {
        return open;
      }
    }
  }

  /** Adds an order whose id is not in yet. */
  void add(OpenOrder open) {
    if (table == null) {
      resize(2);
    } else if (2 * (size + 1) > table.length) {
      resize(2 * table.length);
    }
    place(open);
    size++;
  }

  /** Removes the order with this id, if it is in. */
  void remove(int orderId) {
    if (table == null) {
      return;
    }
    int mask = table.length - 1;
    int hole = slotOf(orderId);
    while (table[hole] != null && table[hole].id() != orderId) {
      hole = (hole + 1) & mask;
    }
    if (table[hole] == null) {
      return;
    }
    table[hole] = null;
    size--;
    // Linear probing's deletion: move back every later order of the run that would no longer be found.
    for (int slot = (hole + 1) & mask; table[slot] != null; slot = (slot + 1) & mask) {
      int home = slotOf(table[slot].id());
      boolean homeBetweenHoleAndSlot = hole <= slot ? hole < home && home <= slot : hole < home || home <= slot;
      if (!homeBetweenHoleAndSlot) {
        table[hole] = table[slot];
        table[slot] = null;
        hole = slot;
      }
    }
  }

  private int slotOf(int orderId) {
    return (orderId * 0x9E3779B9) >>> shift;
  }

  private void place(OpenOrder open) {
    int mask = table.length - 1;
    int slot = slotOf(open.id());
    while (table[slot] != null) {
      slot = (slot + 1) & mask;
    }
    table[slot] = open;
  }

  private void resize(int capacity) {
    OpenOrder[] old = table;
    table = new OpenOrder[capacity];
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    if (old != null) {
      for (OpenOrder open : old) {
        if (open != null) {
          place(open);
        }
      }
    }
  }
}
