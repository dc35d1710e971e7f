package restaurant.config;

import java.util.Locale;

/**
 * How many orders fit in the heap this JVM may use ({@code -Xmx}, {@link Runtime#maxMemory()}):
 * checked while an orders file is read and before orders are generated, so that too many orders
 * are refused in one line instead of ending, minutes later, in an OutOfMemoryError.
 */
final class HeapBudget {
  /**
   * Heap one order takes over a whole run: the order, the cashier's ledger entry, the report's
   * line, the JSON report. Measured by searching for the smallest -Xmx at which {@code java
   * -Xmx<M>m restaurant.Main <orders> --waiters 1000 --time-scale 0.0001 --quiet --report r.json}
   * exits 0 (this check switched off, OpenJDK 17, G1, compressed references, a 2-core VM), for
   * 250,000 and 1,000,000 orders; the difference over 750,000 orders:
   * <ul>
   *   <li>--generate (1 to 4 products, 2.5 on average): 70 and 253 MiB, 256 bytes an order;
   *   <li>an orders file of one-product orders: 67 and 237 MiB, 238 bytes an order;
   *   <li>an orders file of four-product orders: 73 and 267 MiB, 271 bytes an order.
   * </ul>
   * Rounded up to leave the collector some room.
   */
  static final long BYTES_PER_ORDER = 300;
  /**
   * Heap the JVM, Akka and a run take before their first order: the same measurements put it
   * at 9 to 11 MB; about twice that, for the same reason.
   */
  static final long RESERVED_BYTES = 24_000_000;

  /**
   * Heap a waiter takes: 850 bytes idle (bench --idle-waiters, docs/benchmarks.md), more with
   * open orders and the cashier's record of it; twice the idle figure, rounded up.
   */
  static final long BYTES_PER_WAITER = 2_000;

  private HeapBudget() {}

  /** Refuses more waiters than the heap holds: they would run the JVM out of memory while spawning. */
  static void checkWaiters(int waiters, long maxMemory) {
    long needed = RESERVED_BYTES + waiters * BYTES_PER_WAITER;
    if (needed > maxMemory) {
      throw new BadInputException(Settings.WAITERS + " = " + waiters + ": " + waiters + " waiters need about "
          + gigabytes(needed) + " of heap (" + BYTES_PER_WAITER + " bytes each), more than the "
          + gigabytes(maxMemory) + " this JVM may use (-Xmx); give java more heap (java -Xmx"
          + gibibytesAbove(needed) + "g -jar ...) or fewer waiters");
    }
  }

  /** The most orders a JVM with {@code maxMemory} bytes of heap serves. */
  static long maxOrders(long maxMemory) {
    return Math.max(0, (maxMemory - RESERVED_BYTES) / BYTES_PER_ORDER);
  }

  /**
   * Why {@code orders} orders do not fit: "10000000 orders need about 3.0 GB of heap (300 bytes
   * each), more than the 67 MB this JVM may use (-Xmx); give java more heap (java -Xmx3g -jar ...)
   * or serve fewer orders".
   *
   * @param atLeast the count is a lower bound: a file read so far
   */
  static String tooMany(long orders, boolean atLeast, long maxMemory) {
    long needed = RESERVED_BYTES + orders * BYTES_PER_ORDER;
    // How many orders a file holds is not known yet: twice the heap is a guess, said as one.
    long suggested = atLeast ? gibibytesAbove(2 * maxMemory) : gibibytesAbove(needed);
    return (atLeast ? "more than " + (orders - 1) : Long.toString(orders)) + " orders need "
        + (atLeast ? "more than " : "about ") + gigabytes(needed) + " of heap (" + BYTES_PER_ORDER
        + " bytes each), more than the " + gigabytes(maxMemory) + " this JVM may use (-Xmx); give java more"
        + " heap (" + (atLeast ? "e.g. " : "") + "java -Xmx" + suggested + "g -jar ...) or serve fewer orders";
  }

  /** The -Xmx, in whole GiB, that holds {@code bytes}. */
  private static long gibibytesAbove(long bytes) {
    return (bytes + (1L << 30) - 1) >> 30;
  }

  /** "67 MB", "3.0 GB". */
  private static String gigabytes(long bytes) {
    return bytes < 1_000_000_000 ? String.format(Locale.ROOT, "%d MB", bytes / 1_000_000)
        : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }
}
