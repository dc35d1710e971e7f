package restaurant.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import restaurant.config.Settings;
import restaurant.model.Menu;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.Outcome;
import restaurant.model.Role;
import restaurant.model.Seconds;

/**
 * The cashier's book of a run: who took each order, when it was handed out and when it was dispatched or
 * given up, in nanoseconds of one clock; the faults seen; the till. It also checks the run's
 * invariant. Not thread-safe: the cashier actor owns one; the threads mode locks it.
 */
public final class Ledger {
  /** In handedOutAt and finishedAt: not yet. */
  static final long NOT_YET = Long.MIN_VALUE;
  private static final byte PENDING = 0;
  private static final byte DISPATCHED = 1;
  private static final byte FAILED = 2;

  private final Mode mode;
  private final Settings settings;
  private final Progress progress;
  private final int[] waiterOf;
  private final long[] handedOutAt;
  private final long[] finishedAt;
  private final byte[] outcome;
  /**
   * Each order's price, in cents, noted when it is handed out: the order is at hand then, where at
   * its dispatch, thousands of orders later, it is cold in the cache.
   */
  private final long[] priceCents;
  private int dispatched;
  private int failed;
  private long burntProducts;
  private long retries;
  private final Map<Role, Integer> restarts = new EnumMap<>(Role.class);
  private final List<String> problems = new ArrayList<>();
  /** Why each failed order failed; only failed orders are in it. */
  private final Map<Integer, String> failureReasons = new HashMap<>();
  /** The till: what the cashier took for the dispatched orders, in cents. */
  private long takingsCents;
  private final ServiceStats stats;
  private final TraceFile trace;
  /** When the restaurant opened, on the clock; NOT_YET before. Time 0 of the report. */
  private long openedAt = NOT_YET;
  /** Simulated seconds to nanoseconds of the clock: 1e9 x the time-scale. */
  private final double clockNanosPerSecond;

  /**
   * @param mode     what ran, for the report
   * @param settings with the staff that really served
   */
  public Ledger(Mode mode, Settings settings, Progress progress) {
    this(mode, settings, progress, null);
  }

  /** @param trace where each order goes as it finishes (--trace), or null */
  public Ledger(Mode mode, Settings settings, Progress progress, TraceFile trace) {
    this.trace = trace;
    this.mode = mode;
    this.settings = settings;
    this.progress = progress;
    int count = settings.orders().size();
    waiterOf = new int[count];
    handedOutAt = new long[count];
    finishedAt = new long[count];
    outcome = new byte[count];
    priceCents = new long[count];
    Arrays.fill(handedOutAt, NOT_YET);
    Arrays.fill(finishedAt, NOT_YET);
    clockNanosPerSecond = 1e9 * settings.timeScale();
    stats = new ServiceStats(settings.service().arrivals().process().toString(),
        (long) settings.waiters() * settings.maxOpenOrders(),
        Math.round(settings.service().warmUp().toNanos() * settings.timeScale()), settings.timeScale());
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

  /** The order came in at its arrival time and waits for a waiter. */
  public void arrived(Order order) {
    stats.arrived(arrivalNanos(order));
  }

  /**
   * An order goes to a waiter. The blocking modes never open the restaurant themselves: every
   * order is there, and it opens when the first is handed out.
   */
  public void handedOut(int orderId, int waiter, long nanos) {
    if (openedAt == NOT_YET) {
      opened(nanos);
      settings.orders().forEach(this::arrived);
    }
    Order order = settings.orders().get(orderId);
    waiterOf[orderId] = waiter;
    handedOutAt[orderId] = nanos;
    priceCents[orderId] = settings.menu().priceCents(order);
    stats.handedOut(arrivalNanos(order), nanos);
  }

  /**
   * The order is done: dispatched (the cashier takes its price) or failed, for {@code reason}
   * (null for a dispatched order).
   */
  public void done(int orderId, int waiter, Outcome result, String reason, long nanos) {
    if (!finish(orderId, waiter, nanos, result == Outcome.DISPATCHED ? DISPATCHED : FAILED)) {
      return;
    }
    if (result == Outcome.DISPATCHED) {
      dispatched++;
      takingsCents += priceCents[orderId];
    } else {
      failed++;
      failureReasons.put(orderId, reason);
    }
  }

  private boolean finish(int orderId, int waiter, long nanos, byte result) {
    if (outcome[orderId] != PENDING) {
      problems.add("order " + orderId + " " + outcomeOf(result) + " by waiter " + waiter + " after it was already "
          + outcomeOf(outcome[orderId]));
      return false;
    }
    if (handedOutAt[orderId] == NOT_YET || waiterOf[orderId] != waiter) {
      problems.add("order " + orderId + " finished by waiter " + waiter + ", who was not handed it");
      return false;
    }
    outcome[orderId] = result;
    finishedAt[orderId] = nanos;
    Order order = settings.orders().get(orderId);
    stats.finished(arrivalNanos(order), handedOutAt[orderId], nanos, result == DISPATCHED);
    if (trace != null) {
      double dispatchedAt = result == DISPATCHED ? (nanos - openedAt) / clockNanosPerSecond : Double.NaN;
      trace.row(orderId, waiter, order.products(), order.arrivalSeconds(),
          (handedOutAt[orderId] - openedAt) / clockNanosPerSecond,
          dispatchedAt - Seconds.of(settings.deliveryTime()), dispatchedAt, outcomeOf(result).toString());
    }
    progress.orderDispatched();
    return true;
  }

  /** The kitchen burnt a product. */
  public void productBurnt() {
    burntProducts++;
  }

  /** A waiter ordered a burnt product again. */
  public void orderedAgain() {
    retries++;
  }

  /** A product reached a waiter for an order or a place in it where it does not belong. */
  public void wrongProduct(int orderId, String product, int waiter) {
    problems.add(product + " delivered to waiter " + waiter + " for order " + orderId + ", which has no such item");
  }

  public void restarted(Role role) {
    restarts.merge(role, 1, Integer::sum);
  }

  public boolean allDone() {
    return dispatched + failed == outcome.length;
  }

  /**
   * The report.
   *
   * @param stopped when the run was stopped before every order was done
   * @param failure the bug that ended the run, or null
   */
  public RunReport report(boolean stopped, String failure) {
    long start = openedAt != NOT_YET ? openedAt : firstHandedOut();
    double scale = settings.timeScale();
    long priceOfDispatched = 0;
    double sequentialSeconds = 0;
    double floorSeconds = 0;
    Menu menu = settings.menu();
    double delivery = Seconds.of(settings.deliveryTime());
    List<Order> orders = settings.orders();
    // One pass over the orders (a million orders are cold in the cache), indexed: no iterator per
    // order. The orders themselves are read as the report is: see ServedOrders.
    for (int o = 0; o < orders.size(); o++) {
      Order order = orders.get(o);
      List<String> products = order.products();
      long price = 0;
      double slowest = 0;
      double arrival = order.arrivalSeconds();
      sequentialSeconds = Math.max(sequentialSeconds, arrival); // waiting for the customer, if need be
      for (int i = 0; i < products.size(); i++) {
        String product = products.get(i);
        price += menu.priceCents(product);
        double seconds = menu.seconds(product);
        sequentialSeconds += seconds; // one blocking waiter cooking every product in turn,
        slowest = Math.max(slowest, seconds);
      }
      sequentialSeconds += delivery; // and bringing each order to its table
      // no order is out before it arrives and its slowest product is ready
      floorSeconds = Math.max(floorSeconds, arrival + slowest + delivery);
      if (outcome[order.id()] == DISPATCHED) {
        priceOfDispatched += price;
      }
    }
    List<ServedOrder> served = new ServedOrders(orders, menu, new ServedOrders.Columns(waiterOf.clone(),
        handedOutAt.clone(), finishedAt.clone(), outcome.clone(),
        Collections.unmodifiableMap(new HashMap<>(failureReasons))), start, scale);
    ServiceReport service = stats.report(windowEnd());
    List<String> broken = new ArrayList<>(problems);
    int pending = outcome.length - dispatched - failed;
    if (!stopped && failure == null && pending > 0) {
      broken.add(pending + " orders neither dispatched nor failed");
    }
    if (priceOfDispatched != takingsCents) {
      broken.add("the till has " + BigDecimal.valueOf(takingsCents, 2) + " but the dispatched orders cost "
          + BigDecimal.valueOf(priceOfDispatched, 2));
    }
    long makespan = dispatched + failed == 0 ? 0 : lastFinished() - start;
    return new RunReport(mode, settings.clock().kind(), settings.waiters(), settings.maxOpenOrders(), scale,
        delivery, simulatedSeconds(makespan, scale), makespan / 1e6,
        sequentialSeconds, floorSeconds,
        outcome.length, dispatched, failed, pending, stopped, failure, burntProducts, retries,
        Collections.unmodifiableMap(new EnumMap<>(restarts)), // in the roles' order: the same JSON every run
        BigDecimal.valueOf(takingsCents, 2), BigDecimal.valueOf(priceOfDispatched, 2), broken.isEmpty(),
        List.copyOf(broken), served, service);
  }

  /** The end of the statistics' window, on the clock: the last order done (the opening, if none is). */
  public long windowEnd() {
    return dispatched + failed == 0 ? (openedAt != NOT_YET ? openedAt : firstHandedOut()) : lastFinished();
  }

  static Outcome outcomeOf(byte outcome) {
    return switch (outcome) {
      case DISPATCHED -> Outcome.DISPATCHED;
      case FAILED -> Outcome.FAILED;
      default -> Outcome.PENDING;
    };
  }

  static double simulatedSeconds(long wallNanos, double timeScale) {
    return wallNanos / 1e9 / timeScale;
  }

  private long firstHandedOut() {
    long first = Long.MAX_VALUE;
    for (long t : handedOutAt) {
      if (t != NOT_YET) {
        first = Math.min(first, t);
      }
    }
    return first == Long.MAX_VALUE ? 0 : first;
  }

  private long lastFinished() {
    long last = Long.MIN_VALUE;
    for (long t : finishedAt) {
      last = Math.max(last, t);
    }
    return last;
  }
}
