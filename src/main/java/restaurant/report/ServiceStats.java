package restaurant.report;

import java.util.List;

/**
 * The service's statistics as the run goes, in memory that does not grow with the orders: each
 * order's times are folded in when they happen and forgotten. Times are nanoseconds of the run's
 * clock; the window starts at the end of the warm-up, and orders that arrived before it count
 * for none of the statistics, though they take slots and are inside the restaurant while they do.
 */
final class ServiceStats {
  private final double timeScale;
  private final long slots;
  private final long warmUpNanos;
  private final String arrivals;
  private long windowStart = Long.MAX_VALUE;
  private long openedAt;
  private final TimeSpread latency = new TimeSpread();
  private final TimeSpread wait = new TimeSpread();
  private final TimeSpread inside = new TimeSpread();
  private long arrivalsInWindow;
  /** Orders arrived and not done, and the area under that count over the window (count x ns). */
  private long ordersInside;
  private long lastChange = Long.MIN_VALUE;
  private double insideArea;
  /**
   * Slot-time of the orders done, within the window; and for those held, the start of theirs
   * (from the opening: a real clock's readings are too big to add up in a double).
   */
  private double busySlotNanos;
  private long held;
  private double heldSince;

  /**
   * @param slots       waiters x open orders each
   * @param warmUpNanos the warm-up, scaled to the clock
   */
  ServiceStats(String arrivals, long slots, long warmUpNanos, double timeScale) {
    this.arrivals = arrivals;
    this.slots = slots;
    this.warmUpNanos = warmUpNanos;
    this.timeScale = timeScale;
  }

  void opened(long nanos) {
    openedAt = nanos;
    windowStart = nanos + warmUpNanos;
    lastChange = nanos;
  }

  void arrived(long arrivalNanos) {
    countInside(arrivalNanos, +1);
    if (arrivalNanos >= windowStart) {
      arrivalsInWindow++;
    }
  }

  void handedOut(long arrivalNanos, long nanos) {
    if (arrivalNanos >= windowStart) {
      wait.record(seconds(nanos - arrivalNanos));
    }
    held++;
    heldSince += Math.max(nanos, windowStart) - openedAt;
  }

  void finished(long arrivalNanos, long handedOutNanos, long nanos, boolean dispatched) {
    countInside(nanos, -1);
    long from = Math.max(handedOutNanos, windowStart);
    if (nanos > from) {
      busySlotNanos += nanos - from;
    }
    held--;
    heldSince -= Math.max(handedOutNanos, windowStart) - openedAt;
    if (arrivalNanos >= windowStart) {
      inside.record(seconds(nanos - arrivalNanos));
      if (dispatched) {
        latency.record(seconds(nanos - arrivalNanos));
      }
    }
  }

  /** The statistics over the window up to {@code endNanos}; zeros for a window that never opened. */
  ServiceReport report(long endNanos) {
    double warmUp = warmUpNanos / 1e9 / timeScale;
    if (windowStart == Long.MAX_VALUE || endNanos <= windowStart) {
      return new ServiceReport(arrivals, warmUp, 0, latency.summary(), wait.summary(), 0, 0, LittlesLaw.NONE,
          List.of());
    }
    countInside(endNanos, 0);
    double windowNanos = endNanos - windowStart;
    double windowSeconds = seconds(endNanos - windowStart);
    double busy = busySlotNanos + Math.max(0, held * (double) (endNanos - openedAt) - heldSince);
    double arrivalsPerSecond = arrivalsInWindow / windowSeconds;
    double meanInside = inside.count() == 0 ? 0 : inside.sumSeconds() / inside.count();
    LittlesLaw little = new LittlesLaw(arrivalsPerSecond * 3600, meanInside, arrivalsPerSecond * meanInside,
        insideArea / windowNanos);
    return new ServiceReport(arrivals, warmUp, windowSeconds, latency.summary(), wait.summary(),
        busy / (slots * windowNanos), latency.count() / windowSeconds * 3600, little, List.of());
  }

  /** Adds the time since the last change to the area under the count of orders inside, then changes it. */
  private void countInside(long nanos, int change) {
    long now = Math.max(nanos, lastChange); // a real clock's timer can fire a little after an arrival is due
    long from = Math.max(lastChange, windowStart);
    if (now > from) {
      insideArea += ordersInside * (double) (now - from);
    }
    lastChange = now;
    ordersInside += change;
  }

  private double seconds(long nanos) {
    return nanos / 1e9 / timeScale;
  }
}
