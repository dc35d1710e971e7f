package restaurant.config;

import java.util.Locale;

/**
 * How many waiters fit in the heap this JVM may use ({@code -Xmx}, {@link Runtime#maxMemory()}):
 * checked before one is spawned, so that too many are refused in one line instead of ending in an
 * OutOfMemoryError. Orders need no such check: they are streamed, not held (see Ledger).
 */
final class HeapBudget {
  /**
   * Heap the JVM, Akka and a run take before their first order: measured at 9 to 11 MB (the
   * smallest -Xmx at which a run exits 0); about twice that, to leave the collector some room.
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
