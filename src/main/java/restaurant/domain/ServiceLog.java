package restaurant.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Who took each order and when it was handed out and dispatched, in nanoseconds of one clock.
 * Not thread-safe: the cashier actor owns one; the threads mode locks it.
 */
public final class ServiceLog {
  private static final long NOT_YET = Long.MIN_VALUE;

  private final String mode;
  private final Settings settings;
  private final Progress progress;
  private final int[] waiterOf;
  private final long[] handedOutAt;
  private final long[] dispatchedAt;
  private int dispatched;

  /**
   * @param mode     "actors", "sync" or "threads": what ran, for the report
   * @param settings with the staff that really served
   */
  public ServiceLog(String mode, Settings settings, Progress progress) {
    this.mode = mode;
    this.settings = settings;
    this.progress = progress;
    int count = settings.orders().size();
    waiterOf = new int[count];
    handedOutAt = new long[count];
    dispatchedAt = new long[count];
    java.util.Arrays.fill(handedOutAt, NOT_YET);
    java.util.Arrays.fill(dispatchedAt, NOT_YET);
  }

  public void handedOut(int orderId, int waiter, long nanos) {
    waiterOf[orderId] = waiter;
    handedOutAt[orderId] = nanos;
  }

  public void dispatched(int orderId, long nanos) {
    if (dispatchedAt[orderId] != NOT_YET) {
      throw new IllegalStateException("order " + orderId + " dispatched twice");
    }
    dispatchedAt[orderId] = nanos;
    dispatched++;
    progress.orderDispatched();
  }

  public boolean allDispatched() {
    return dispatched == handedOutAt.length;
  }

  /** Nanoseconds from the first order handed out to the last one dispatched. */
  private long makespanNanos() {
    return lastDispatched() - firstHandedOut();
  }

  /** The report of a completed run: every order dispatched. */
  public RunReport report() {
    if (!allDispatched()) {
      throw new IllegalStateException(dispatched + " of " + handedOutAt.length + " orders dispatched");
    }
    long start = firstHandedOut();
    double scale = settings.timeScale();
    List<ServedOrder> served = new ArrayList<>(handedOutAt.length);
    for (Order order : settings.orders()) {
      int id = order.id();
      served.add(new ServedOrder(id, waiterOf[id], order.products(),
          simulatedSeconds(handedOutAt[id] - start, scale), simulatedSeconds(dispatchedAt[id] - start, scale)));
    }
    long makespan = makespanNanos();
    return new RunReport(mode, settings.waiters(), settings.maxOpenOrders(), scale,
        simulatedSeconds(makespan, scale), makespan / 1e6,
        settings.sequentialSeconds(), settings.floorSeconds(), served);
  }

  private static double simulatedSeconds(long wallNanos, double timeScale) {
    return wallNanos / 1e9 / timeScale;
  }

  private long firstHandedOut() {
    long first = Long.MAX_VALUE;
    for (long t : handedOutAt) {
      first = Math.min(first, t);
    }
    return first;
  }

  private long lastDispatched() {
    long last = Long.MIN_VALUE;
    for (long t : dispatchedAt) {
      last = Math.max(last, t);
    }
    return last;
  }
}
