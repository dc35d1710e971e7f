package restaurant.actors;

import java.util.Iterator;
import java.util.function.Consumer;
import restaurant.model.Order;

/**
 * The day's customers at the door: the orders in arrival order, taken in one at a time as they
 * are due, never held whole (a million orders arrive at once and wait here, not in a queue). An
 * order's arrival is its time from the opening, scaled to the clock. Plain state, the cashier's.
 */
final class ArrivalGate {
  /** In {@link #nextArrival()}: no customer is left to come. */
  static final long NONE = Long.MAX_VALUE;

  private final Iterator<Order> day;
  /** Simulated seconds to nanoseconds of the clock: 1e9 x the time-scale. */
  private final double clockNanosPerSecond;
  /** Told of each order taken in: the ledger's arrival. */
  private final Consumer<Order> takenIn;
  /** The next customer, not taken in yet; null after the last. */
  private Order upcoming;
  private long openedAt;
  /** The arrival the wake-up set is for, or NONE. */
  private long wakeUpFor = NONE;
  private boolean open;

  ArrivalGate(Iterator<Order> day, double timeScale, Consumer<Order> takenIn) {
    this.day = day;
    this.clockNanosPerSecond = 1e9 * timeScale;
    this.takenIn = takenIn;
    this.upcoming = day.hasNext() ? day.next() : null;
  }

  /** The restaurant opens: arrival times count from {@code nanos}. */
  void opened(long nanos) {
    openedAt = nanos;
    open = true;
  }

  /** The next customer's arrival on the clock, or {@link #NONE}; the gate must be open. */
  long nextArrival() {
    return upcoming == null ? NONE : openedAt + Math.round(upcoming.arrivalSeconds() * clockNanosPerSecond);
  }

  /**
   * The arrival a wake-up must be set for at {@code now}, or {@link #NONE}: the next customer's,
   * unless it is due already (a free slot takes it at once) or the wake-up set is for it.
   */
  long wakeUpToSet(long now) {
    long arrival = nextArrival();
    if (arrival == NONE || arrival <= now || arrival == wakeUpFor) {
      return NONE;
    }
    wakeUpFor = arrival;
    return arrival;
  }

  /** A wake-up came for {@code atNanos}: true when it is the one set (else a slot took its customer first). */
  boolean wakeUpCame(long atNanos) {
    if (atNanos != wakeUpFor) {
      return false;
    }
    wakeUpFor = NONE;
    return true;
  }

  /** The next customer is due by {@code now}. */
  boolean hasDue(long now) {
    return open && upcoming != null && nextArrival() <= now;
  }

  /** Takes in the next customer, due by now; null if none is. */
  Order takeDue(long now) {
    if (!hasDue(now)) {
      return null;
    }
    Order order = upcoming;
    takenIn.accept(order);
    upcoming = day.hasNext() ? day.next() : null;
    return order;
  }

  /** The day ends at {@code now}: each customer left who was due by then is told to {@code arrived}: they waited in vain. */
  void closeTheDay(long now, Consumer<Order> arrived) {
    for (; open && upcoming != null && nextArrival() <= now; upcoming = day.hasNext() ? day.next() : null) {
      arrived.accept(upcoming);
    }
  }
}
