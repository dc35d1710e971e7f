package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.PreRestart;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
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
import restaurant.model.Role;
import restaurant.model.Seconds;
import restaurant.report.ServiceEvents;

/**
 * Cooks products. It never waits: each product goes on its station with its due time, and one
 * Akka timer, set for the earliest due product, wakes the kitchen to serve everything that is
 * ready. Any number of products cook at once.
 *
 * <p>Why one timer and not one per product: a product's time is fixed, so each station is a
 * queue in due order, and the next product due anywhere is the head of one of them. A kitchen
 * with thousands of products on the go then runs one timer, not thousands, and everything due
 * at once goes out on the same wake-up.
 *
 * <p>Faults, as the {@link FaultPlan} decides (from the seed in a run, so the same in every run):
 * a product comes out burnt; the cook crashes taking a request or serving a product, and
 * supervision restarts it. The stations are the kitchen's, not the cook's: what is on them keeps cooking
 * through the restart, and the restarted cook sets its timer from them again. What the crash
 * loses is the request in the cook's hands: before it goes, it tells that waiter, who orders it
 * again at once. (A crash that threw away everything cooking would make every crash re-order
 * thousands of products in a busy kitchen, and with them bring on the next crash.)
 */
public final class Kitchen extends AbstractBehavior<Kitchen.Command> implements FailFast.OnBug<Kitchen.Command> {
  /** Checked once per kitchen: per-event lines and their MDC cost nothing in a --quiet run. */
  private static final Logger EVENT_LOG = LoggerFactory.getLogger(Kitchen.class);

  /** The kitchen's whole inbox: requests, and its own timer. */
  public sealed interface Command permits PrepareOrder, Prepare, Wake {}

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

  /** The timer: the earliest product due is ready. An enum, so the timer key hashes cheaply. */
  private enum Wake implements Command { UP }

  /** A product on a station, and when it is due on the kitchen's clock. */
  private record Cooking(long dueNanos, int orderId, int item, int attempt, String product,
      ActorRef<Waiter.Command> replyTo, boolean burnt) {}

  /** Where one product is made: how long it takes, and what is cooking there, in due order. */
  static final class Station {
    final long wallNanos;
    final ArrayDeque<Cooking> cooking = new ArrayDeque<>();

    Station(long wallNanos) {
      this.wallNanos = wallNanos;
    }
  }

  /**
   * @param nanoClock the clock due times are counted on: the actor system's (see ActorRestaurant)
   * @param faults    decides what burns and when the cook crashes
   * @param cashier   told of every restart, for the report, and of a bug
   */
  public static Behavior<Command> create(Settings settings, LongSupplier nanoClock, FaultPlan faults,
      ActorRef<Cashier.Command> cashier) {
    return Behaviors.setup(outer -> {
      // Owned here, outside the supervised behavior, so they outlive a restart: the stations, and
      // the count of restarts (a message that crashed the kitchen once need not crash it again).
      Map<String, Station> stations = new HashMap<>();
      for (String product : settings.menu().products()) {
        stations.put(product, new Station(settings.scaled(settings.menu().preparationTime(product)).toNanos()));
      }
      int[] incarnations = {0};
      return SimulatedCrash.restarting(Behaviors.setup(context -> Behaviors.withTimers(timers -> {
        Kitchen kitchen = new Kitchen(context, timers, settings, nanoClock, faults, cashier, stations,
            incarnations[0]++);
        return kitchen.logsEvents ? Behaviors.withMdc(Command.class, Kitchen::mdc, kitchen) : kitchen;
      })), faults.kitchenMayCrash());
    });
  }

  private final TimerScheduler<Command> timers;
  private final LongSupplier nanoClock;
  private final ActorRef<Cashier.Command> cashier;
  private final int incarnation;
  private final Menu menu;
  private final FaultPlan faults;
  private final Map<String, Station> stations;
  /** The products of the request being handled not on a station yet, lost if the cook crashes. */
  private List<Prepare> inHand = List.of();
  private final boolean logsEvents = EVENT_LOG.isInfoEnabled(ServiceEvents.EVENT);
  /** When the timer will wake the kitchen, or Long.MAX_VALUE when nothing is cooking. */
  private long wakeAt = Long.MAX_VALUE;

  private Kitchen(ActorContext<Command> context, TimerScheduler<Command> timers, Settings settings,
      LongSupplier nanoClock, FaultPlan faults, ActorRef<Cashier.Command> cashier, Map<String, Station> stations,
      int incarnation) {
    super(context);
    this.timers = timers;
    this.nanoClock = nanoClock;
    this.cashier = cashier;
    this.incarnation = incarnation;
    this.menu = settings.menu();
    this.faults = faults;
    this.stations = stations;
    if (incarnation == 0) {
      context.getLog().info("<Kitchen> Open. Menu: {}", menu.describe());
    } else {
      wakeForTheEarliest(nanoClock.getAsLong()); // a restart cancelled the timer
    }
  }

  @Override
  public Receive<Command> createReceive() {
    return new FailFast<>(newReceiveBuilder()
        .onMessage(PrepareOrder.class, this::onPrepareOrder)
        .onMessage(Prepare.class, this::onPrepare)
        .onMessage(Wake.class, wake -> onWake())
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

  /** Puts a product on its station, due after its preparation time; the timer wakes the kitchen for the earliest. */
  private void cook(int orderId, int item, int attempt, String product, ActorRef<Waiter.Command> replyTo, long now) {
    if (logsEvents && EVENT_LOG.isDebugEnabled(ServiceEvents.EVENT)) {
      getContext().getLog().debug(ServiceEvents.EVENT, "<Kitchen> [Order: {}] Cooking {} for {} s",
          orderId, product, Seconds.format(menu.preparationTime(product)));
    }
    Station station = stations.get(product);
    long due = now + station.wallNanos;
    boolean burnt = faults.burns(orderId, item, attempt);
    station.cooking.addLast(new Cooking(due, orderId, item, attempt, product, replyTo, burnt));
    if (due < wakeAt) {
      wakeUpAt(due, now);
    }
  }

  private Behavior<Command> onWake() {
    long now = nanoClock.getAsLong();
    long nextDue = Long.MAX_VALUE;
    for (Station station : stations.values()) {
      Cooking head;
      while ((head = station.cooking.peekFirst()) != null && head.dueNanos() <= now) {
        station.cooking.pollFirst();
        serve(head);
        if (faults.kitchenCrashes(incarnation, KitchenStep.SERVING, head.orderId(), head.item(),
            head.attempt())) { // in the middle of serving: this product went out, the rest waits for the restart
          throw new SimulatedCrash("the kitchen crashed serving " + head.product());
        }
      }
      if (head != null) {
        nextDue = Math.min(nextDue, head.dueNanos());
      }
    }
    wakeAt = Long.MAX_VALUE;
    if (nextDue != Long.MAX_VALUE) {
      wakeUpAt(nextDue, now);
    }
    return this;
  }

  private void wakeForTheEarliest(long now) {
    long earliest = Long.MAX_VALUE;
    for (Station station : stations.values()) {
      Cooking head = station.cooking.peekFirst();
      if (head != null) {
        earliest = Math.min(earliest, head.dueNanos());
      }
    }
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
    cashier.tell(new Cashier.Restarted(Role.KITCHEN));
    return this;
  }

  private void serve(Cooking cooking) {
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

  /** Sets the one timer (replacing any earlier setting) to wake the kitchen at {@code due}. */
  private void wakeUpAt(long due, long now) {
    wakeAt = due;
    timers.startSingleTimer(Wake.UP, Wake.UP, Duration.ofNanos(Math.max(0, due - now)));
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
