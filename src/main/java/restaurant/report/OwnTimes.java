package restaurant.report;

import java.util.BitSet;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.Pacing;
import restaurant.model.Seconds;

/**
 * What the orders take on their own, nothing else in the way, against which a run is measured:
 * one blocking waiter serving the received orders in turn (the report's sequential line), the
 * slowest dispatched order on its own (its floor), and, on the real clock without stations, how
 * much later than its own time each dispatched order was out (the overruns). Worked out from the
 * menu's times as the ledger records the orders. Not thread-safe: the ledger's.
 */
final class OwnTimes {
  private final Mode mode;
  private final Settings settings;
  private final long deliveryNanos;
  private final double deliverySeconds;
  /** In simulated nanoseconds: a sum of decimal seconds in doubles reads 51839.99999999728 for 51840. */
  private long sequentialNanos;
  private double floorSeconds;
  /**
   * On the real clock without stations (an order then takes its own products' time and its
   * delivery, nothing else): how much later than that each dispatched order was out, from its
   * hand-out. Late timers and slow hand-offs show here: the measure of the blocking modes, and of
   * a cluster, whose kitchens are on other nodes. Orders done over (a burn, a crash) are left out.
   */
  private final LatenessMeter overruns = new LatenessMeter();
  private final boolean measuresOverruns;
  /** Orders done over in part: a product ordered again, the order handed again. */
  private final BitSet redone = new BitSet();

  OwnTimes(Mode mode, Settings settings) {
    this.mode = mode;
    this.settings = settings;
    deliveryNanos = settings.staff().deliveryTime().toNanos();
    deliverySeconds = Seconds.of(settings.staff().deliveryTime());
    measuresOverruns = settings.timing().clock().kind() == Pacing.Kind.REAL && settings.service().stations().isEmpty();
  }

  /** One blocking waiter serving the received orders in turn: the order's products one after the other, and its delivery. */
  void received(Order order) {
    sequentialNanos = Math.max(sequentialNanos, Math.round(order.arrivalSeconds() * 1e9)); // waiting for the customer
    for (int item = 0; item < order.products().size(); item++) {
      // the time the kitchen takes for it (drawn, for a product whose time varies; a burn only adds to it)
      sequentialNanos += settings.menu().firstPreparationNanos(order, item, settings.seed());
    }
    sequentialNanos += deliveryNanos; // and bringing each order to its table
  }

  /** The order was done over in part: its time is no longer its own. */
  void redone(int orderId) {
    redone.set(orderId);
  }

  /**
   * The order, handed out at {@code handedOutAt}, was dispatched at {@code nanos}: it was out no
   * sooner than its arrival, its slowest product and its delivery (the floor).
   */
  void dispatched(Order order, long handedOutAt, long nanos) {
    long slowest = 0;
    for (int item = 0; item < order.products().size(); item++) {
      slowest = Math.max(slowest, settings.menu().firstPreparationNanos(order, item, settings.seed()));
    }
    floorSeconds = Math.max(floorSeconds, order.arrivalSeconds() + slowest / 1e9 + deliverySeconds);
    if (measuresOverruns && !redone.get(order.id())) {
      overruns.record(handedOutAt + ownTimeOnTheClock(order), nanos);
    }
  }

  double sequentialSeconds() {
    return sequentialNanos / 1e9;
  }

  double floorSeconds() {
    return floorSeconds;
  }

  LatenessMeter.Sample overruns() {
    return overruns.sample();
  }

  /** The overruns for a blocking run's report; null for the actors' (the cashier adds them) or unmeasured. */
  TimerLateness overrunsOfABlockingRun() {
    return mode == Mode.ACTORS || !measuresOverruns ? null
        : TimerLateness.of(overruns, settings, TimerLateness.ORDERS_PAST_THEIR_OWN_TIME);
  }

  /**
   * What the order takes on its own, on the clock: its products (all at once for the actors, one
   * after the other for a blocking waiter) and its delivery.
   */
  private long ownTimeOnTheClock(Order order) {
    long products = 0;
    for (int item = 0; item < order.products().size(); item++) {
      long nanos = settings.menu().firstPreparationNanos(order, item, settings.seed());
      products = mode == Mode.ACTORS ? Math.max(products, nanos) : products + nanos;
    }
    return Math.round((products + deliveryNanos) * settings.timing().timeScale());
  }
}
