package restaurant.report;

import restaurant.config.Settings;
import restaurant.model.Menu;

/**
 * How late the timers fired in a run on the real clock, and whether that leaves the report's
 * times honest. Every late timer stretches what it timed (a product cooks longer, an order
 * arrives later than its recorded arrival), and queues grow on it: a late run's latencies are
 * inflated, not measured. On the virtual clock a timer fires when it is due by construction, and a
 * report has none (null).
 *
 * <p>The bound: the mean lateness, in simulated time, may be at most {@link #BOUND} (1%) of the
 * shortest interval the run times, the quickest product on the menu or the delivery time.
 * Past it, the run's quickest product takes on average more than 1% longer than its menu says,
 * which the report's three decimals would show, and a station or waiter near full shows more.
 *
 * @param timers               timers measured: the kitchen's wake-ups and the cashier's arrivals
 * @param meanSeconds          their mean lateness, in simulated seconds (wall time ÷ time-scale)
 * @param p99Seconds           99% of them were no later
 * @param maxSeconds           the latest
 * @param meanWallMillis       the mean lateness as it really passed, in wall milliseconds
 * @param shortestTimedSeconds the quickest product on the menu, or the delivery time if shorter
 * @param boundSeconds         the mean lateness the report's times take: {@link #BOUND} of the shortest
 * @param trustworthy          the mean lateness is within the bound
 * @param measured             what was measured: the kitchen's wake-ups and the arrivals (the
 *                             actors in one JVM), or each order's time past its own products and
 *                             delivery (the blocking modes; a cluster, beside its arrivals)
 */
public record TimerLateness(long timers, double meanSeconds, double p99Seconds, double maxSeconds,
    double meanWallMillis, double shortestTimedSeconds, double boundSeconds, boolean trustworthy, String measured) {
  /** The share of the shortest timed interval the mean lateness may reach. */
  public static final double BOUND = 0.01;
  /** What the actors measure in one JVM. */
  public static final String KITCHEN_AND_ARRIVALS = "the kitchen's wake-ups and the arrivals";
  /** What the blocking modes measure, and a cluster beside its arrivals: see Ledger.overruns. */
  public static final String ORDERS_PAST_THEIR_OWN_TIME = "each order's time past its own products and delivery";
  /** What the cashier measures when it has no kitchen's wake-ups at hand: a cluster's. */
  public static final String ARRIVALS_AND_ORDERS = "the arrivals and " + ORDERS_PAST_THEIR_OWN_TIME;

  /** The verdict on a run's timers; null when none fired (nothing measured, nothing to say). */
  public static TimerLateness of(LatenessMeter meter, double timeScale, double shortestTimedSeconds,
      String measured) {
    if (meter.timers() == 0) {
      return null;
    }
    double toSimulated = 1e9 * timeScale;
    double mean = meter.meanNanos() / toSimulated;
    double bound = BOUND * shortestTimedSeconds;
    return new TimerLateness(meter.timers(), mean, meter.p99Nanos() / toSimulated, meter.maxNanos() / toSimulated,
        meter.meanNanos() / 1e6, shortestTimedSeconds, bound, mean <= bound, measured);
  }

  /** The verdict on a run of these settings. */
  public static TimerLateness of(LatenessMeter meter, Settings settings, String measured) {
    return of(meter, settings.timing().timeScale(), shortestTimedSeconds(settings), measured);
  }

  /** The shortest interval a run of these settings times: its quickest product, or the delivery time if shorter. */
  static double shortestTimedSeconds(Settings settings) {
    Menu menu = settings.menu();
    double shortest = menu.products().stream().mapToDouble(menu::seconds).min().orElse(Double.MAX_VALUE);
    double delivery = settings.staff().deliveryTime().toNanos() / 1e9;
    return delivery > 0 ? Math.min(shortest, delivery) : shortest;
  }
}
