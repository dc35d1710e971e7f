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
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import restaurant.actors.OpenOrders.OpenOrder;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.OrderOutcome;
import restaurant.model.Worker;
import restaurant.report.ServiceEvents;

/**
 * Takes orders from the cashier, asks the kitchen for every product of an order at once (one
 * request for the order), and dispatches the order when its last product arrives, or, with a
 * delivery time (restaurant.waiter.delivery-time), once it has brought it to its table. It pulls
 * work: it tells the cashier how many orders it can carry, and each order it finishes frees a slot
 * for the next, so a busy waiter is never handed more than it can carry. When no orders are left
 * the cashier does not answer: the waiter waits until the restaurant closes, which costs nothing.
 *
 * <p>A burnt product is ordered again, and so, at once, is a product the kitchen lost in a crash,
 * each up to restaurant.waiter.max-retries times; after that the order fails, and the cashier is
 * told why. Replies that no longer fit (a late product of a failed order, a second answer to a
 * product ordered again) are dropped, so nothing is served twice. If the waiter itself crashes
 * (restaurant.faults.waiter-crash-rate) it forgets its open orders; the cashier, who knows what
 * it handed out, hands them to it again after the restart, as many times as max-retries allows.
 */
public final class Waiter extends AbstractBehavior<Waiter.Command> implements FailFast.OnBug<Waiter.Command> {
  private static final Logger EVENT_LOG = LoggerFactory.getLogger(Waiter.class);

  /**
   * The waiter's whole inbox: orders from the cashier and the kitchen's replies. The replies
   * ({@link Kitchen.ProductReady}, {@link Kitchen.ProductLost}) are declared in Kitchen beside the
   * request they answer, but they are messages of this protocol, not the kitchen's wrapped by a
   * message adapter: the kitchen serves only waiters, and an adapter would cost every waiter some
   * 250 bytes and every product a wrapper object (see docs/benchmarks.md).
   */
  public sealed interface Command extends CrossesNodes
      permits ServeOrder, Kitchen.ProductReady, Kitchen.ProductLost, Delivered {}

  /**
   * From the cashier: an order to serve, meant for the waiter's {@code incarnation} (its restarts
   * so far, as the cashier last heard). One meant for an earlier incarnation is stale: it was
   * still in the mailbox when the waiter restarted, and the cashier hands the order again to the
   * restarted waiter; served as well, it would be served twice.
   */
  public record ServeOrder(Order order, int incarnation) implements Command {}

  /** The waiter's own timer: the order it was bringing to its table is there. */
  private record Delivered(int orderId) implements Command {}

  /**
   * @param faults decides when this waiter crashes; when it may, the waiter is supervised and
   *     restarted, and its count of restarts is kept here, outside the restarted behavior
   */
  public static Behavior<Command> create(int id, Settings settings, FaultPlan faults,
      ActorRef<Cashier.Command> cashier, ActorRef<Kitchen.Command> kitchen) {
    return faults.waitersMayCrash()
        ? Behaviors.setup(outer -> {
          int[] incarnations = {0}; // outlives restarts: a message that crashed it once need not again
          return SimulatedCrash.restarting(Behaviors.setup(context ->
              serving(context, id, settings, faults, cashier, kitchen, incarnations[0]++)), true);
        })
        : Behaviors.setup(context -> serving(context, id, settings, faults, cashier, kitchen, 0));
  }

  /** With a delivery time, the waiter times its deliveries; without, it needs no timers (nor their memory). */
  private static Behavior<Command> serving(ActorContext<Command> context, int id, Settings settings,
      FaultPlan faults, ActorRef<Cashier.Command> cashier, ActorRef<Kitchen.Command> kitchen, int incarnation) {
    return settings.staff().deliveryTime().isZero()
        ? serving(context, null, id, settings, faults, cashier, kitchen, incarnation)
        : Behaviors.withTimers(timers -> serving(context, timers, id, settings, faults, cashier, kitchen,
            incarnation));
  }

  private static Behavior<Command> serving(ActorContext<Command> context, TimerScheduler<Command> timers, int id,
      Settings settings, FaultPlan faults, ActorRef<Cashier.Command> cashier, ActorRef<Kitchen.Command> kitchen,
      int incarnation) {
    Waiter waiter = new Waiter(context, timers, id, settings, faults, cashier, kitchen, incarnation);
    return waiter.logsEvents
        ? Behaviors.withMdc(Command.class, Map.of("waiter", Integer.toString(id)), Waiter::mdc, waiter)
        : waiter;
  }

  private final int id;
  private final int maxRetries;
  private final Menu menu;
  /** The run's seed: the log line of a product whose time varies names the time drawn for it. */
  private final long seed;
  private final ActorRef<Cashier.Command> cashier;
  private final ActorRef<Kitchen.Command> kitchen;
  private final int incarnation;
  private final FaultPlan faults;
  /** Null without a delivery time. */
  private final TimerScheduler<Command> timers;
  private final Duration deliveryTime;
  /** On the actor system's clock; a plain long, not a Duration per waiter. */
  private final long scaledDeliveryNanos;
  private final OpenOrders openOrders = new OpenOrders();
  /** Checked once per waiter (on a static logger: context.getLog() costs memory per actor). */
  private final boolean logsEvents = EVENT_LOG.isInfoEnabled(ServiceEvents.EVENT);

  private Waiter(ActorContext<Command> context, TimerScheduler<Command> timers, int id, Settings settings,
      FaultPlan faults, ActorRef<Cashier.Command> cashier, ActorRef<Kitchen.Command> kitchen, int incarnation) {
    super(context);
    this.timers = timers;
    this.deliveryTime = settings.staff().deliveryTime();
    this.scaledDeliveryNanos = settings.scaled(deliveryTime).toNanos();
    this.id = id;
    this.maxRetries = settings.staff().maxRetries();
    this.menu = settings.menu();
    this.seed = settings.seed();
    this.cashier = cashier;
    this.kitchen = kitchen;
    this.incarnation = incarnation;
    this.faults = faults;
    cashier.tell(new Cashier.WaiterReady(id, settings.staff().maxOpenOrders(), incarnation, context.getSelf()));
  }

  @Override
  public Receive<Command> createReceive() {
    return new FailFast<>(newReceiveBuilder()
        .onMessage(ServeOrder.class, this::onServeOrder)
        .onMessage(Kitchen.ProductReady.class, this::onProductReady)
        .onMessage(Kitchen.ProductLost.class, this::onProductLost)
        .onMessage(Delivered.class, this::onDelivered)
        .onSignal(PreRestart.class, restart -> onPreRestart())
        .build(), this);
  }

  @Override
  public Behavior<Command> failed(Throwable bug) {
    return FailFast.tellTheCashier(getContext(), "Waiter " + id, cashier, bug);
  }

  private Behavior<Command> onServeOrder(ServeOrder serve) {
    if (serve.incarnation() != incarnation) {
      return this;
    }
    Order order = serve.order();
    boolean crash = faults.waiterCrashes(id, incarnation, order.id(), FaultPlan.WHOLE_ORDER, 0);
    if (openOrders.get(order.id()) != null) {
      return this;
    }
    openOrders.add(new OpenOrder(order));
    if (logsEvents) {
      for (int item = 0; item < order.products().size(); item++) {
        ServiceEvents.request(log(), id, order, item, menu, seed);
      }
    }
    kitchen.tell(new Kitchen.PrepareOrder(order, getContext().getSelf()));
    if (crash) { // right after ordering: the products will come, to a waiter who forgot the order
      throw new SimulatedCrash("waiter " + id + " crashed ordering for order " + order.id());
    }
    return this;
  }

  private Behavior<Command> onProductReady(Kitchen.ProductReady product) {
    if (faults.waiterCrashes(id, incarnation, product.orderId(), product.item(), product.attempt())) {
      // with the product in hand: it is dropped, and the order comes again after the restart
      throw new SimulatedCrash("waiter " + id + " crashed taking " + product.product());
    }
    OpenOrder open = openOrders.get(product.orderId());
    checkBelongs(open, product.orderId(), product.item(), product.product());
    if (open == null || !open.awaits(product.item(), product.attempt())) {
      return this; // late or repeated: the order is done, or this item already came
    }
    if (product.burnt()) {
      return onBurnt(open, product);
    }
    boolean last = open.arrived(product.item());
    if (logsEvents) {
      ServiceEvents.productDone(log(), id, product.orderId(), product.product());
    }
    if (last) {
      deliver(open);
    }
    return this;
  }

  /** The last product is in: to the table, at once or after the delivery time; the slot stays taken until then. */
  private void deliver(OpenOrder open) {
    if (timers == null) {
      dispatch(open);
      return;
    }
    if (logsEvents) {
      ServiceEvents.bringToTable(log(), id, open.id(), deliveryTime);
    }
    timers.startSingleTimer(new Delivered(open.id()), Duration.ofNanos(scaledDeliveryNanos));
  }

  private Behavior<Command> onDelivered(Delivered delivered) {
    OpenOrder open = openOrders.get(delivered.orderId());
    if (open != null && open.allArrived()) { // else forgotten in a crash: it comes again
      dispatch(open);
    }
    return this;
  }

  private Behavior<Command> onBurnt(OpenOrder open, Kitchen.ProductReady product) {
    int attempt = open.burnt(product.item(), maxRetries);
    if (attempt == OpenOrder.OUT_OF_RETRIES) {
      return fail(open, product.product() + " burnt " + (maxRetries + 1) + " times");
    }
    if (logsEvents) {
      log().info(ServiceEvents.EVENT, "<Waiter: {}> [Order: {}] {} burnt! Request it again ({} of {})", id,
          product.orderId(), product.product(), attempt, maxRetries);
    }
    cashier.tell(new Cashier.OrderedAgain(product.orderId(), true));
    kitchen.tell(new Kitchen.Prepare(product.orderId(), product.item(), attempt, product.product(),
        getContext().getSelf()));
    return this;
  }

  /**
   * The kitchen crashed with this product's request in hand: ordered again at once, up to
   * max-retries times (a kitchen that crashes on every request must not keep the run going).
   */
  private Behavior<Command> onProductLost(Kitchen.ProductLost lost) {
    OpenOrder open = openOrders.get(lost.orderId());
    if (open == null || !open.awaits(lost.item(), lost.attempt())) {
      return this;
    }
    if (!open.lost(lost.item(), maxRetries)) {
      return fail(open, "the kitchen lost " + lost.product() + " " + (maxRetries + 1) + " times");
    }
    if (logsEvents) {
      log().info(ServiceEvents.EVENT, "<Waiter: {}> [Order: {}] The kitchen lost {}. Request it again", id,
          lost.orderId(), lost.product());
    }
    cashier.tell(new Cashier.OrderedAgain(lost.orderId(), false));
    kitchen.tell(new Kitchen.Prepare(lost.orderId(), lost.item(), lost.attempt(), lost.product(),
        getContext().getSelf()));
    return this;
  }

  /** Gives the order up; the cashier is told why, which frees the slot. */
  private Behavior<Command> fail(OpenOrder open, String reason) {
    int orderId = open.id();
    openOrders.remove(orderId);
    if (logsEvents) {
      log().info(ServiceEvents.EVENT, "<Waiter: {}> [Order: {}] {}: order failed!", id, orderId, reason);
    }
    cashier.tell(new Cashier.OrderDone(orderId, id, OrderOutcome.FAILED, reason));
    return this;
  }

  /** A product for an item of an order it does not match is the kitchen's mistake: report it. */
  private void checkBelongs(OpenOrder open, int orderId, int item, String product) {
    if (open != null && !open.has(item, product)) {
      cashier.tell(new Cashier.WrongProduct(orderId, product, id));
    }
  }

  private void dispatch(OpenOrder open) {
    openOrders.remove(open.id());
    if (logsEvents) {
      ServiceEvents.dispatch(log(), id, open.order);
    }
    // Telling the cashier it is dispatched also frees a slot: the cashier answers with the next order.
    cashier.tell(new Cashier.OrderDone(open.id(), id, OrderOutcome.DISPATCHED, null));
  }

  private Behavior<Command> onPreRestart() {
    if (logsEvents) {
      log().info(ServiceEvents.EVENT, "<Waiter: {}> Crashed! {} open orders forgotten; restarting", id,
          openOrders.size());
    }
    cashier.tell(new Cashier.Restarted(Worker.WAITER));
    return this;
  }

  /** Fetched per event, not kept: getLog() is what puts the actor's path (akkaSource) in the MDC. */
  private Logger log() {
    return getContext().getLog();
  }

  /** Every message of the waiter's is about one order. */
  private static Map<String, String> mdc(Command message) {
    int orderId = message instanceof ServeOrder serve ? serve.order().id()
        : message instanceof Kitchen.ProductReady product ? product.orderId()
        : message instanceof Delivered delivered ? delivered.orderId()
        : ((Kitchen.ProductLost) message).orderId();
    return Map.of("order", Integer.toString(orderId));
  }
}
