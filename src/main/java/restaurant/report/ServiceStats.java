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
  /** Orders arrived and not handed out yet: the cashier's queue, for the chart. Made at the opening. */
  private StepSeries queue;
  /** Waiter slots holding an order, for the chart (the timeline's density). Made at the opening. */
  private StepSeries busySlots;
  private final TimeSpread latency = new TimeSpread();
  private final TimeSpread wait = new TimeSpread();
  private final TimeSpread inside = new TimeSpread();
  private long arrivalsInWindow;
  private long failedInWindow;
  /**
   * The area under the count of orders inside over the window (count x ns): each order's time
   * inside that falls in the window, added up as it leaves; and for the orders still inside, the
   * start of theirs (from the opening).
   */
  private double insideArea;
  private long ordersInside;
  private double insideSince;
  /**
   * Slot-time of the orders done, within the window; and for those held, the start of theirs
   * (from the opening: a real clock's readings are too big to add up in a double).
   */
  private double busySlotNanos;
  private long held;
  private double heldSince;
  /** Slots lost with their floor node, and when (summed from the opening): they are no capacity after. */
  private long slotsLost;
  private double lostSince;

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
    queue = new StepSeries(nanos, Math.round(1e9 * timeScale)); // bins of a simulated second to begin with
    busySlots = new StepSeries(nanos, Math.round(1e9 * timeScale));
  }

  /** An order came in; orders may be taken in late (a queue left in the source), never out of their own time. */
  void arrived(long arrivalNanos) {
    queue.change(arrivalNanos, +1);
    ordersInside++;
    insideSince += Math.max(arrivalNanos, windowStart) - openedAt;
    if (arrivalNanos >= windowStart) {
      arrivalsInWindow++;
    }
  }

  void handedOut(long nanos) {
    queue.change(nanos, -1);
    busySlots.change(nanos, +1);
    held++;
    heldSince += Math.max(nanos, windowStart) - openedAt;
  }

  /**
   * A done order's wait: from its arrival to its hand-out to the waiter who served it, the
   * {@code taken} of the trace and the JSON; once per order, when it is done (as the trace's rows:
   * an order still held at a stop has none).
   */
  void waited(long arrivalNanos, long handedOutNanos) {
    if (arrivalNanos >= windowStart) {
      wait.record(seconds(handedOutNanos - arrivalNanos));
    }
  }

  /** A handed-out order is back in the queue: its waiter was lost. Its slot-time up to now counts. */
  void returned(long handedOutNanos, long nanos) {
    queue.change(nanos, +1);
    slotFreed(handedOutNanos, nanos);
  }

  /** In a cluster: {@code count} slots are gone with their node at {@code nanos} (before the opening: at it). */
  void slotsLost(long count, long nanos) {
    slotsLost += count;
    lostSince += count * (double) (windowStart == Long.MAX_VALUE ? warmUpNanos : Math.max(nanos, windowStart) - openedAt);
  }

  /** A slot held since {@code handedOutNanos} is free at {@code nanos}: its time in the window counts as busy. */
  private void slotFreed(long handedOutNanos, long nanos) {
    busySlots.change(nanos, -1);
    long from = Math.max(handedOutNanos, windowStart);
    if (nanos > from) {
      busySlotNanos += nanos - from;
    }
    held--;
    heldSince -= from - openedAt;
  }

  void finished(long arrivalNanos, long handedOutNanos, long nanos, boolean dispatched) {
    long insideFrom = Math.max(arrivalNanos, windowStart);
    if (nanos > insideFrom) {
      insideArea += nanos - insideFrom;
    }
    ordersInside--;
    insideSince -= insideFrom - openedAt;
    slotFreed(handedOutNanos, nanos);
    if (arrivalNanos >= windowStart) {
      inside.record(seconds(nanos - arrivalNanos));
      if (dispatched) {
        latency.record(seconds(nanos - arrivalNanos));
      } else {
        failedInWindow++;
      }
    }
  }

  /** The statistics over the window up to {@code endNanos}; zeros for a window that never opened. */
  ServiceReport report(long endNanos) {
    double warmUp = warmUpNanos / 1e9 / timeScale;
    if (windowStart == Long.MAX_VALUE || endNanos <= windowStart) {
      return new ServiceReport(arrivals, warmUp, 0, latency.summary(), wait.summary(), failedInWindow,
          latency.percentileCountingNever(95, failedInWindow), 0, 0, null, List.of(),
          latency.bins(ServiceReport.HISTOGRAM_BINS), points(queue), points(busySlots));
    }
    double windowNanos = endNanos - windowStart;
    double windowSeconds = seconds(endNanos - windowStart);
    double busy = busySlotNanos + Math.max(0, held * (double) (endNanos - openedAt) - heldSince);
    double lostSlotNanos = Math.max(0, slotsLost * (double) (endNanos - openedAt) - lostSince);
    double slotNanos = slots * windowNanos - lostSlotNanos; // above 0: a run with no slot left reports before its end
    double arrivalsPerSecond = arrivalsInWindow / windowSeconds;
    double meanInside = inside.count() == 0 ? 0 : inside.sumSeconds() / inside.count();
    LittlesLaw little = new LittlesLaw(arrivalsPerSecond * 3600, meanInside, arrivalsPerSecond * meanInside,
        (insideArea + Math.max(0, ordersInside * (double) (endNanos - openedAt) - insideSince)) / windowNanos);
    return new ServiceReport(arrivals, warmUp, windowSeconds, latency.summary(), wait.summary(), failedInWindow,
        latency.percentileCountingNever(95, failedInWindow), slotNanos > 0 ? busy / slotNanos : 0,
        latency.count() / windowSeconds * 3600, little, List.of(), latency.bins(ServiceReport.HISTOGRAM_BINS),
        points(queue), points(busySlots));
  }

  private List<double[]> points(StepSeries series) {
    return series == null ? List.of() : series.points(timeScale);
  }

  private double seconds(long nanos) {
    return nanos / 1e9 / timeScale;
  }
}
