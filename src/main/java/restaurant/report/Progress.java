package restaurant.report;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many orders are dispatched so far, for the progress line of a long run. Written by
 * whoever records dispatches (the cashier actor, or a blocking mode), read by the console.
 */
public final class Progress {
  private final int total;
  private final AtomicInteger dispatched = new AtomicInteger();

  public Progress(int total) {
    this.total = total;
  }

  void orderDispatched() {
    dispatched.lazySet(dispatched.get() + 1); // one writer at a time: no need for a full fence
  }

  public int dispatched() {
    return dispatched.get();
  }

  public int total() {
    return total;
  }
}
