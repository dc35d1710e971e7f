package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.PreRestart;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.Worker;
import restaurant.model.Seconds;
import restaurant.report.ServiceEvents;

/**
 * Cooks products. It never waits: each product goes on its lane with its due time, and one Akka
 * timer ({@link KitchenTimer}), set for the earliest due product, wakes the kitchen to serve
 * everything that is ready.
 *
 * <p>Stations (restaurant.kitchen.stations) have a number of cooks: a product of a station takes a
 * free cook, or joins the station's queue, first come first served, and a cook who finishes takes
 * the head of it. A product on no station cooks at once, any number together (the teaching
 * example's kitchen). A product's time is its menu time, or drawn around it (see {@link Stove}).
 *
 * <p>What cooks, and the stations, each a {@link Station}, are on the kitchen's {@link Stove}.
 *
 * <p>Faults, as the {@link FaultPlan} decides: a product comes out burnt; the cook crashes
 * ({@link KitchenCrashes}: when, and what the crash loses), and supervision restarts it. The
 * stove stays through the restart, and the restarted cook sets its timer from it again.
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

  /** The kitchen's own wake-up, for the product due {@code atNanos}: see {@link KitchenTimer}. */
  record Wake(long atNanos) implements Command {}

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
  private final Menu menu;
  private final FaultPlan faults;
  private final Stove stove;
  private final double timeScale;
  private final KitchenCrashes crashes;
  private final KitchenTimer timer;
  private final boolean logsEvents = EVENT_LOG.isInfoEnabled(ServiceEvents.EVENT);

  private Kitchen(ActorContext<Command> context, Settings settings,
      LongSupplier nanoClock, FaultPlan faults, ActorRef<Cashier.Command> cashier, Stove stove, int incarnation) {
    super(context);
    this.nanoClock = nanoClock;
    this.cashier = cashier;
    this.crashes = new KitchenCrashes(faults, incarnation);
    this.menu = settings.menu();
    this.faults = faults;
    this.stove = stove;
    this.timeScale = settings.timing().timeScale();
    this.timer = new KitchenTimer(context, nanoClock, stove);
    if (incarnation == 0) {
      EVENT_LOG.info("<Kitchen> Open. Menu: {}", menu.describe()); // not context.getLog(): see Cashier's LOG
    } else {
      timer.setForTheEarliest(nanoClock.getAsLong()); // a restart cancelled the timer
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
      crashes.taking(request, item);
      cook(order.id(), item, 0, products.get(item), request.replyTo(), now);
    }
    return this;
  }

  private Behavior<Command> onPrepare(Prepare request) {
    crashes.taking(request);
    cook(request.orderId(), request.item(), request.attempt(), request.product(), request.replyTo(),
        nanoClock.getAsLong());
    return this;
  }

  private Behavior<Command> onOpen(Open open) {
    stove.openStations(open.openedAtNanos(), open.windowStartNanos());
    return this;
  }

  private Behavior<Command> onReportStations(ReportStations request) {
    cashier.tell(new Cashier.StationsMeasured(stove.stationReports(request.endNanos()), stove.lateness.sample()));
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
    long due = stove.start(lane, orderId, item, attempt, product, replyTo, faults.burns(orderId, item, attempt), now,
        cook).dueNanos();
    if (logsEvents && EVENT_LOG.isDebugEnabled(ServiceEvents.EVENT)) {
      getContext().getLog().debug(ServiceEvents.EVENT, "<Kitchen> [Order: {}] Cooking {} for {} s",
          orderId, product, Seconds.format3((due - now) / 1e9 / timeScale));
    }
    timer.started(due, now);
  }

  private Behavior<Command> onWake(Wake wake) {
    timer.rang(wake.atNanos(), this::done);
    return this;
  }

  /** A product is ready: it goes out, and its cook, if it has a station, takes the next in the queue. */
  private void done(Stove.Cooking cooking, long now) {
    serve(cooking);
    Station station = cooking.lane().station;
    Station.Waiting next = station == null ? null : station.done(cooking, now);
    if (next != null) { // the same cook takes the next
      start(stove.lanes.get(next.product()), next.orderId(), next.item(), next.attempt(), next.product(),
          next.replyTo(), now, cooking.cook());
    }
    crashes.serving(cooking);
  }

  private Behavior<Command> onPreRestart() {
    crashes.tellTheWaiters();
    if (logsEvents) {
      getContext().getLog().info(ServiceEvents.EVENT, "<Kitchen> Crashed{}; restarting", crashes.inHand());
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
