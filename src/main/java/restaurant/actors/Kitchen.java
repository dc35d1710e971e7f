package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.PreRestart;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import restaurant.config.Settings;
import restaurant.model.FaultPlan.KitchenStep;
import restaurant.model.FaultPlan;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.Worker;
import restaurant.model.Seconds;
import restaurant.report.ServiceEvents;
import restaurant.report.StationReport;

/**
 * Cooks products. It never waits: each product goes on its lane with its due time, and one Akka
 * timer, set for the earliest due product, wakes the kitchen to serve everything that is ready.
 *
 * <p>Stations (restaurant.kitchen.stations) have a number of cooks: a product of a station takes a
 * free cook, or joins the station's queue, first come first served, and a cook who finishes takes
 * the head of it. A product on no station cooks at once, any number together (the teaching
 * example's kitchen). A product's time is its menu time, or, for an exponential product, drawn
 * around it from the seed and what it is (order, item, attempt): the same in every run.
 *
 * <p>Why one timer and not one per product: the next product due anywhere on the {@link Stove}
 * is the head of a lane. A kitchen with thousands of products on the go then runs one timer, not
 * thousands, and everything due at once goes out on the same wake-up. Its stations, each a
 * {@link Station}, are on the stove too.
 *
 * <p>Faults, as the {@link FaultPlan} decides (from the seed in a run, so the same in every run):
 * a product comes out burnt; the cook crashes taking a request or serving a product, and
 * supervision restarts it. The stove is the kitchen's, not the cook's: what is on it, queued or
 * cooking, stays through the restart, and the restarted cook sets its timer from it again. What
 * the crash loses is the request in the cook's hands: before it goes, it tells that waiter, who
 * orders it again at once. (A crash that threw away everything cooking would make every crash
 * re-order thousands of products in a busy kitchen, and with them bring on the next crash.)
 */
public final class Kitchen extends AbstractBehavior<Kitchen.Command> implements FailFast.OnBug<Kitchen.Command> {
  /** Checked once per kitchen: per-event lines and their MDC cost nothing in a --quiet run. */
  private static final Logger EVENT_LOG = LoggerFactory.getLogger(Kitchen.class);

  /** The kitchen's whole inbox: requests, and its own timer. */
  public sealed interface Command permits PrepareOrder, Prepare, Open, ReportStations, Wake {}

  /**
   * From the cashier as it opens, with stations: their statistics count from {@code windowStartNanos}
   * (the opening plus the warm-up) on, their queues' charts from {@code openedAtNanos}.
   */
  public record Open(long openedAtNanos, long windowStartNanos) implements Command {}

  /**
   * From the cashier at the end: send it the stations' statistics up to {@code endNanos}, and how
   * late the kitchen's timer fired.
   */
  public record ReportStations(long endNanos) implements Command {}

  /**
   * Cook every product of an order, for the first time, in the order listed: item 0, 1, ... Each
   * comes back to {@code replyTo} when it is due. One request per order, not per product: a big
   * run's time goes into messages (docs/benchmarks.md), and this saves one and a half per order.
   */
  public record PrepareOrder(Order order, ActorRef<Waiter.Command> replyTo) implements Command {}

  /**
   * Cook item {@code item} (its place in the order) of an order again: {@code attempt} counts the
   * times it was ordered again after burning. The product comes back to {@code replyTo} when it is due.
   */
  public record Prepare(int orderId, int item, int attempt, String product, ActorRef<Waiter.Command> replyTo)
      implements Command {}

  /**
   * The reply: one per {@link Prepare}, ready or burnt. The kitchen serves only waiters, so its
   * replies are messages of the waiter's protocol: no message adapter per waiter (some 250 bytes
   * each) and no wrapper per product.
   */
  public record ProductReady(int orderId, int item, int attempt, String product, boolean burnt)
      implements Waiter.Command {}

  /** The kitchen crashed with this request in hand: the product will never come. */
  public record ProductLost(int orderId, int item, int attempt, String product) implements Waiter.Command {}

  /**
   * The kitchen's own wake-up, for the product due {@code atNanos}. Sent with the scheduler's
   * scheduleOnce, not a TimerScheduler: Akka 2.8 sets up the logging MDC for every timer message
   * (ActorAdapter.handleMessage asks ctx.log for it), some 8% of a million-order run. A wake-up
   * cannot be cancelled, so one that an earlier product overtook arrives too, and is ignored.
   */
  private record Wake(long atNanos) implements Command {}

  /**
   * @param nanoClock the clock due times are counted on: the actor system's (see ActorRestaurant)
   * @param faults    decides what burns and when the cook crashes
   * @param cashier   told of every restart, for the report, and of a bug
   */
  public static Behavior<Command> create(Settings settings, LongSupplier nanoClock, FaultPlan faults,
      ActorRef<Cashier.Command> cashier) {
    return create(settings, nanoClock, faults, cashier, false);
  }

  /**
   * @param reportsLateness tell the cashier the kitchen is there even without stations, so that it
   *                        asks at the end how late the kitchen's timer fired (a run on the real clock)
   */
  public static Behavior<Command> create(Settings settings, LongSupplier nanoClock, FaultPlan faults,
      ActorRef<Cashier.Command> cashier, boolean reportsLateness) {
    return Behaviors.setup(outer -> {
      // Owned here, outside the supervised behavior, so they outlive a restart: the stove, and
      // the count of restarts (a message that crashed the kitchen once need not crash it again).
      Stove stove = new Stove(settings);
      if (!stove.stations.isEmpty() || reportsLateness) {
        cashier.tell(new Cashier.KitchenReady(outer.getSelf()));
      }
      int[] incarnations = {0};
      return SimulatedCrash.restarting(Behaviors.setup(context -> {
        Kitchen kitchen = new Kitchen(context, settings, nanoClock, faults, cashier, stove,
            incarnations[0]++);
        return kitchen.logsEvents ? Behaviors.withMdc(Command.class, Kitchen::mdc, kitchen) : kitchen;
      }), faults.kitchenMayCrash());
    });
  }

  private final LongSupplier nanoClock;
  private final ActorRef<Cashier.Command> cashier;
  private final int incarnation;
  private final Menu menu;
  private final FaultPlan faults;
  private final Stove stove;
  private final long seed;
  private final double timeScale;
  /** The products of the request being handled not on a station yet, lost if the cook crashes. */
  private List<Prepare> inHand = List.of();
  private final boolean logsEvents = EVENT_LOG.isInfoEnabled(ServiceEvents.EVENT);
  /** The wake-up the kitchen waits for (others are overtaken), or Long.MAX_VALUE when nothing is cooking. */
  private long wakeAt = Long.MAX_VALUE;

  private Kitchen(ActorContext<Command> context, Settings settings,
      LongSupplier nanoClock, FaultPlan faults, ActorRef<Cashier.Command> cashier, Stove stove, int incarnation) {
    super(context);
    this.nanoClock = nanoClock;
    this.cashier = cashier;
    this.incarnation = incarnation;
    this.menu = settings.menu();
    this.faults = faults;
    this.stove = stove;
    this.seed = settings.seed();
    this.timeScale = settings.timeScale();
    if (incarnation == 0) {
      EVENT_LOG.info("<Kitchen> Open. Menu: {}", menu.describe()); // not context.getLog(): see Cashier's LOG
    } else {
      wakeForTheEarliest(nanoClock.getAsLong()); // a restart cancelled the timer
    }
  }

  @Override
  public Receive<Command> createReceive() {
    return new FailFast<>(newReceiveBuilder()
        .onMessage(PrepareOrder.class, this::onPrepareOrder)
        .onMessage(Prepare.class, this::onPrepare)
        .onMessage(Wake.class, this::onWake)
        .onMessage(Open.class, this::onOpen)
        .onMessage(ReportStations.class, this::onReportStations)
        .onSignal(PreRestart.class, restart -> onPreRestart())
        .build(), this);
  }

  @Override
  public Behavior<Command> failed(Throwable bug) {
    return FailFast.tellTheCashier(getContext(), "Kitchen", cashier, bug);
  }

  private Behavior<Command> onPrepareOrder(PrepareOrder request) {
    Order order = request.order();
    List<String> products = order.products();
    long now = nanoClock.getAsLong();
    for (int item = 0; item < products.size(); item++) {
      if (faults.kitchenCrashes(incarnation, KitchenStep.TAKING, order.id(), item, 0)) {
        // with the request in hand: the products before it are cooking, this one and the rest are lost
        List<Prepare> lost = new ArrayList<>();
        for (int rest = item; rest < products.size(); rest++) {
          lost.add(new Prepare(order.id(), rest, 0, products.get(rest), request.replyTo()));
        }
        inHand = lost;
        throw new SimulatedCrash("the kitchen crashed taking " + products.get(item) + " for order " + order.id());
      }
      cook(order.id(), item, 0, products.get(item), request.replyTo(), now);
    }
    return this;
  }

  private Behavior<Command> onPrepare(Prepare request) {
    if (faults.kitchenCrashes(incarnation, KitchenStep.TAKING, request.orderId(), request.item(),
        request.attempt())) { // with the request in hand, before it is on a station
      inHand = List.of(request);
      throw new SimulatedCrash("the kitchen crashed taking " + request.product() + " for order " + request.orderId());
    }
    cook(request.orderId(), request.item(), request.attempt(), request.product(), request.replyTo(),
        nanoClock.getAsLong());
    return this;
  }

  private Behavior<Command> onOpen(Open open) {
    for (Station station : stove.stations) {
      station.stats.openWindow(open.windowStartNanos(), open.openedAtNanos());
    }
    return this;
  }

  private Behavior<Command> onReportStations(ReportStations request) {
    List<StationReport> reports = new ArrayList<>();
    for (Station station : stove.stations) {
      reports.add(station.stats.report(request.endNanos()));
    }
    cashier.tell(new Cashier.StationsMeasured(reports, stove.lateness.sample()));
    return this;
  }

  /**
   * A product is asked for: on no station, or at a station with a free cook, it cooks at once;
   * at a busy station it joins the queue.
   */
  private void cook(int orderId, int item, int attempt, String product, ActorRef<Waiter.Command> replyTo, long now) {
    Stove.Lane lane = stove.lanes.get(product);
    Station station = lane.station;
    if (station != null && station.everyCookBusy()) {
      int ahead = station.join(new Station.Waiting(now, orderId, item, attempt, product, replyTo), now);
      if (logsEvents) {
        getContext().getLog().info(ServiceEvents.EVENT, "<Kitchen> [Order: {}] {} waits for the {} ({} ahead)",
            orderId, product, station.plan.name(), ahead);
      }
      return;
    }
    start(lane, orderId, item, attempt, product, replyTo, now, station == null ? -1 : station.takeAtOnce(now));
  }

  /** A cook starts on a product: it is due after its preparation time; the timer wakes the kitchen for the earliest. */
  private void start(Stove.Lane lane, int orderId, int item, int attempt, String product, ActorRef<Waiter.Command> replyTo,
      long now, int cook) {
    long nanos = lane.distribution.nanos(lane.wallNanos, seed, orderId, item, attempt);
    if (logsEvents && EVENT_LOG.isDebugEnabled(ServiceEvents.EVENT)) {
      getContext().getLog().debug(ServiceEvents.EVENT, "<Kitchen> [Order: {}] Cooking {} for {} s",
          orderId, product, Seconds.format3(nanos / 1e9 / timeScale));
    }
    long due = now + nanos;
    stove.put(lane, due, orderId, item, attempt, product, replyTo, faults.burns(orderId, item, attempt), now, cook);
    if (due < wakeAt) {
      wakeUpAt(due, now);
    }
  }

  private Behavior<Command> onWake(Wake wake) {
    if (wake.atNanos() != wakeAt) {
      return this; // overtaken by an earlier wake-up, which has served what was due and set the next
    }
    long now = nanoClock.getAsLong();
    stove.lateness.record(wake.atNanos(), now);
    wakeAt = Long.MIN_VALUE; // products started meanwhile set no timer: it is set once, at the end

    stove.takeOffDue(now, cooking -> done(cooking, now));
    wakeAt = Long.MAX_VALUE;
    wakeForTheEarliest(now);
    return this;
  }

  /** A product is ready: it goes out, and its cook, if it has a station, takes the next in the queue. */
  private void done(Stove.Cooking cooking, long now) {
    serve(cooking);
    Station station = cooking.lane().station;
    if (station != null) {
      station.stats.cooked(cooking.orderId(), cooking.product(), cooking.cook(), cooking.startNanos(), now,
          cooking.burnt());
      Station.Waiting next = station.cookDone(cooking.cook(), now);
      if (next != null) { // the same cook takes the next
        start(stove.lanes.get(next.product()), next.orderId(), next.item(), next.attempt(), next.product(),
            next.replyTo(), now, cooking.cook());
      }
    }
    if (faults.kitchenCrashes(incarnation, KitchenStep.SERVING, cooking.orderId(), cooking.item(),
        cooking.attempt())) { // in the middle of serving: this product went out, the rest waits for the restart
      throw new SimulatedCrash("the kitchen crashed serving " + cooking.product());
    }
  }

  private void wakeForTheEarliest(long now) {
    long earliest = stove.earliestDue();
    if (earliest != Long.MAX_VALUE) {
      wakeUpAt(earliest, now);
    }
  }

  /** The crash loses the request in hand: its waiter must order its products again. */
  private Behavior<Command> onPreRestart() {
    for (Prepare lost : inHand) {
      lost.replyTo().tell(new ProductLost(lost.orderId(), lost.item(), lost.attempt(), lost.product()));
    }
    if (logsEvents) {
      getContext().getLog().info(ServiceEvents.EVENT, "<Kitchen> Crashed{}; restarting", inHand.isEmpty() ? ""
          : " with " + inHand.stream().map(Prepare::product).collect(Collectors.joining(", ")) + " for order "
              + inHand.get(0).orderId() + " in hand");
    }
    cashier.tell(new Cashier.Restarted(Worker.KITCHEN));
    return this;
  }

  private void serve(Stove.Cooking cooking) {
    if (logsEvents && EVENT_LOG.isDebugEnabled(ServiceEvents.EVENT)) {
      // The wake-up is about no order in particular: this line is about this product's.
      MDC.put("order", Integer.toString(cooking.orderId()));
      getContext().getLog().debug(ServiceEvents.EVENT, "<Kitchen> [Order: {}] {} {}", cooking.orderId(),
          cooking.product(), cooking.burnt() ? "burnt!" : "ready");
      MDC.remove("order");
    }
    if (cooking.burnt()) {
      cashier.tell(new Cashier.Burnt(cooking.orderId()));
    }
    cooking.replyTo().tell(new ProductReady(cooking.orderId(), cooking.item(), cooking.attempt(),
        cooking.product(), cooking.burnt()));
  }

  /** Wakes the kitchen at {@code due}: the wake-up set before, later, will be ignored. */
  private void wakeUpAt(long due, long now) {
    wakeAt = due;
    getContext().scheduleOnce(Duration.ofNanos(Math.max(0, due - now)), getContext().getSelf(), new Wake(due));
  }

  private static Map<String, String> mdc(Command message) {
    if (message instanceof PrepareOrder prepare) {
      return Map.of("order", Integer.toString(prepare.order().id()));
    }
    if (message instanceof Prepare prepare) {
      return Map.of("order", Integer.toString(prepare.orderId()));
    }
    return Map.of();
  }
}
