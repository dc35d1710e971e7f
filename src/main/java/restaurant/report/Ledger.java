package restaurant.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import restaurant.config.Settings;
import restaurant.model.Pacing;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.OrderSequence;
import restaurant.model.OrderOutcome;
import restaurant.model.Worker;
import restaurant.model.Seconds;

/**
 * The cashier's book of a run: who took each order, when it was handed out and when it was
 * dispatched or given up, in nanoseconds of one clock; the faults seen; the till. It also checks
 * the run's invariant. Its memory does not grow with the orders but for two bits each (which
 * orders are done, which dispatched): an order's entry lives while it is in flight, the
 * statistics are streamed, and each order's line for the report is kept only for runs of up to
 * {@link #LISTED_UP_TO} orders. Not thread-safe: the cashier actor owns one; the threads mode
 * locks it.
 */
public final class Ledger {
  /** Runs of more orders list none in the report (the trace has them): a line each would grow with the day. */
  public static final int LISTED_UP_TO = 100_000;
  private static final DateTimeFormatter OPENS_AT = DateTimeFormatter.ofPattern("HH:mm:ss");
  /** In the clock readings below: not yet. */
  private static final long NOT_YET = OrderLines.NOT_YET;

  private final Mode mode;
  private final Settings settings;
  private final Progress progress;
  private final int count;
  private final OrdersInFlight orders = new OrdersInFlight();
  /** Each order's line for the report, up to LISTED_UP_TO orders. */
  private final OrderLines lines;
  /** Orders that came in (arrived); the others of the day had not when the run ended. */
  private int received;
  private int dispatched;
  private int failed;
  private long burntProducts;
  private long retries;
  private final Map<Worker, Integer> restarts = new EnumMap<>(Worker.class);
  private final List<String> problems = new ArrayList<>();
  /** The till: what the cashier took for the dispatched orders, in cents, at the prices noted at hand-out. */
  private long takingsCents;
  /** The same orders' prices worked out again from their products when they are dispatched. */
  private long valueOfDispatchedCents;
  private final ServiceStats stats;
  private final TraceFile trace;
  /** When the restaurant opened, on the clock; NOT_YET before. Time 0 of the report. */
  private long openedAt = NOT_YET;
  private long firstHandedOut = Long.MAX_VALUE;
  private long lastFinished = Long.MIN_VALUE;
  private long stoppedAt = Long.MIN_VALUE;
  /** Simulated seconds to nanoseconds of the clock: 1e9 x the time-scale. */
  private final double clockNanosPerSecond;
  private final double deliverySeconds;
  /** The products of the orders received. */
  private long products;
  /** What the orders take on their own: the sequential line, the floor, the overruns. */
  private final OwnTimes ownTimes;
  private final BitSet waitersWhoServed = new BitSet();
  private final List<LostNode> lostNodes = new ArrayList<>();

  /**
   * @param mode     what ran, for the report
   * @param settings with the staff that really served
   */
  public Ledger(Mode mode, Settings settings, Progress progress) {
    this(mode, settings, progress, null);
  }

  /** @param trace where each order goes as it finishes (--trace), or null */
  public Ledger(Mode mode, Settings settings, Progress progress, TraceFile trace) {
    this.mode = mode;
    this.settings = settings;
    this.progress = progress;
    this.trace = trace;
    this.count = settings.orders().size();
    this.lines = new OrderLines(count);
    clockNanosPerSecond = 1e9 * settings.timing().timeScale();
    deliverySeconds = Seconds.of(settings.staff().deliveryTime());
    ownTimes = new OwnTimes(mode, settings);
    // poisson; or listed: each order's own arrival, from an orders file; or at-once
    String arrivals = !settings.service().arrivals().atOnce() ? settings.service().arrivals().process().toString()
        : OrderSequence.arrivesOverTime(settings.orders()) ? "listed" : "at-once";
    stats = new ServiceStats(arrivals,
        (long) settings.staff().waiters() * settings.staff().maxOpenOrders(),
        Math.round(settings.service().warmUp().toNanos() * settings.timing().timeScale()), settings.timing().timeScale());
  }

  /** The restaurant opens: arrival times count from now. */
  public void opened(long nanos) {
    openedAt = nanos;
    stats.opened(nanos);
  }

  /** When the order arrives (or arrived), on the clock; the restaurant must be open. */
  public long arrivalNanos(Order order) {
    return openedAt + Math.round(order.arrivalSeconds() * clockNanosPerSecond);
  }

  /** The order came in: it waits for a waiter from its arrival time on. Each order once. */
  public void arrived(Order order) {
    ownTimes.received(order);
    received++;
    products += order.products().size();
    stats.arrived(arrivalNanos(order));
  }

  /**
   * An order goes to a waiter. The blocking modes never open the restaurant themselves: every
   * order is there, and it opens when the first is handed out.
   */
  public void handedOut(Order order, int waiter, long nanos) {
    if (openedAt == NOT_YET) {
      opened(nanos);
      settings.orders().forEach(this::arrived);
    }
    orders.handedOut(order, waiter, nanos, settings.menu().priceCents(order));
    firstHandedOut = Math.min(firstHandedOut, nanos);
    waitersWhoServed.set(waiter);
    lines.handedOut(order.id(), waiter, nanos);
    stats.handedOut(nanos);
  }

  /**
   * The order is done: dispatched (the cashier takes its price) or failed, for {@code reason}
   * (null for a dispatched order).
   */
  public void done(int orderId, int waiter, OrderOutcome result, String reason, long nanos) {
    String refused = orders.whyNotFinished(orderId, waiter, result);
    if (refused != null) {
      problems.add(refused);
      return;
    }
    boolean isDispatched = result == OrderOutcome.DISPATCHED;
    OrdersInFlight.InFlight held = orders.finished(orderId, isDispatched);
    lastFinished = Math.max(lastFinished, nanos);
    progress.orderDispatched();
    Order order = held.order();
    if (isDispatched) {
      dispatched++;
      ownTimes.dispatched(order, held.handedOutAt(), nanos);
      takingsCents += held.priceCents();
      valueOfDispatchedCents += settings.menu().priceCents(order);
    } else {
      failed++;
    }
    lines.finished(orderId, isDispatched, reason, nanos);
    stats.waited(arrivalNanos(order), held.handedOutAt());
    stats.finished(arrivalNanos(order), held.handedOutAt(), nanos, isDispatched);
    if (trace != null) {
      double dispatchedAt = isDispatched ? (nanos - openedAt) / clockNanosPerSecond : Double.NaN;
      trace.row(orderId, waiter, order.products(), order.arrivalSeconds(),
          (held.handedOutAt() - openedAt) / clockNanosPerSecond, dispatchedAt - deliverySeconds, dispatchedAt,
          result.toString());
    }
  }

  /**
   * In a cluster: the order's waiter is gone with its node. It waits for another from now on,
   * and the ledger forgets who held it, so no word from the lost waiter can finish it.
   */
  public void lost(int orderId, long nanos) {
    OrdersInFlight.InFlight held = orders.lost(orderId);
    if (held == null) {
      return;
    }
    stats.returned(held.handedOutAt(), nanos);
    ownTimes.redone(orderId);
    lines.rehanded(orderId);
  }

  /** In a cluster: a floor node was lost with {@code waiters} waiters, and its orders handed again. */
  public void nodeLost(String node, int waiters, int ordersRehanded, long nanos) {
    stats.slotsLost((long) waiters * settings.staff().maxOpenOrders(), nanos);
    // Before the opening (it joined, then died), it counts as lost at the opening.
    lostNodes.add(new LostNode(node, waiters, ordersRehanded, openedAt == NOT_YET ? 0
        : simulatedSeconds(nanos - openedAt, settings.timing().timeScale())));
  }

  /** The kitchen burnt a product. */
  public void productBurnt() {
    burntProducts++;
  }

  /** A waiter ordered a product of the order again: a burnt one (counted in the retries), or one a kitchen crash lost. */
  public void orderedAgain(int orderId, boolean burnt) {
    ownTimes.redone(orderId);
    if (burnt) {
      retries++;
    }
    lines.reordered(orderId);
  }

  /** The order went to its waiter again, who had crashed and forgotten it. */
  public void handedAgain(int orderId) {
    ownTimes.redone(orderId);
    lines.rehanded(orderId);
  }

  /** A product reached a waiter for an order or a place in it where it does not belong. */
  public void wrongProduct(int orderId, String product, int waiter) {
    problems.add(product + " delivered to waiter " + waiter + " for order " + orderId + ", which has no such item");
  }

  public void restarted(Worker role) {
    restarts.merge(role, 1, Integer::sum);
  }

  public boolean allDone() {
    return dispatched + failed == count;
  }

  /** The run was stopped (a signal, a bug, stuck) at {@code nanos}: its statistics run to then. */
  public void stoppedAt(long nanos) {
    stoppedAt = nanos;
  }

  /**
   * The end of the statistics' window, on the clock: the last order done (the opening, if none
   * is), or for a stopped run the stop, if later.
   */
  public long windowEnd() {
    return Math.max(dispatched + failed == 0 ? start() : lastFinished, stoppedAt);
  }

  /**
   * The report.
   *
   * @param stopped when the run was stopped before every order was done
   * @param failure the bug that ended the run, or null
   */
  public RunReport report(boolean stopped, String failure) {
    long start = start();
    double scale = settings.timing().timeScale();
    // Orders come in by id (arrivals never go back in time): the received ones are the first.
    List<ServedOrder> served = lines.snapshot(settings.orders().subList(0, received), settings.menu(), start, scale);
    List<String> broken = new ArrayList<>(problems);
    int pending = received - dispatched - failed;
    if (!stopped && failure == null && count > dispatched + failed) {
      broken.add(count - dispatched - failed + " orders neither dispatched nor failed");
    }
    if (valueOfDispatchedCents != takingsCents) {
      broken.add("the till has " + BigDecimal.valueOf(takingsCents, 2) + " but the dispatched orders cost "
          + BigDecimal.valueOf(valueOfDispatchedCents, 2));
    }
    long makespan = dispatched + failed == 0 ? 0 : lastFinished - start;
    Pacing clock = settings.timing().clock();
    String opensAt = clock.kind() == Pacing.Kind.VIRTUAL ? clock.opensAt().format(OPENS_AT) : null;
    return new RunReport(mode, clock.kind(), opensAt, settings.staff().waiters(), settings.staff().maxOpenOrders(), scale,
        deliverySeconds, simulatedSeconds(makespan, scale), makespan / 1e6, ownTimes.sequentialSeconds(),
        ownTimes.floorSeconds(),
        received, dispatched, failed, pending, count - received, stopped, failure, burntProducts, retries,
        Collections.unmodifiableMap(new EnumMap<>(restarts)), // in the roles' order: the same JSON every run
        BigDecimal.valueOf(takingsCents, 2), BigDecimal.valueOf(valueOfDispatchedCents, 2), broken.isEmpty(),
        List.copyOf(broken), served, products, waitersWhoServed.cardinality(), List.copyOf(lostNodes),
        stats.report(windowEnd()), ownTimes.overrunsOfABlockingRun());
  }

  static double simulatedSeconds(long wallNanos, double timeScale) {
    return wallNanos / 1e9 / timeScale;
  }

  /**
   * On the real clock without stations, each dispatched order's time past its own products and
   * delivery: the measure of late timers where the kitchen's are not at hand.
   */
  public LatenessMeter.Sample overruns() {
    return ownTimes.overruns();
  }

  /** Time 0 of the report: the opening, or for a run that never opened the first hand-out (0 if none). */
  private long start() {
    return openedAt != NOT_YET ? openedAt : firstHandedOut == Long.MAX_VALUE ? 0 : firstHandedOut;
  }
}
