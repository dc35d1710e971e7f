package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import restaurant.domain.Menu;
import restaurant.domain.Order;
import restaurant.domain.ServiceEvents;

/**
 * Takes orders from the cashier, asks the kitchen for every product of an order at once, and
 * dispatches the order when its last product arrives. It pulls work: it asks the cashier for an
 * order whenever it has room for one more, so a busy waiter is never handed more than it can carry.
 * When no orders are left the cashier does not answer: the waiter waits until the restaurant
 * closes, which costs nothing (a hundred thousand "no more orders" messages would).
 */
public final class Waiter extends AbstractBehavior<Waiter.Command> {
  private static final Logger EVENT_LOG = LoggerFactory.getLogger(Waiter.class);

  public interface Command {}

  /** From the cashier: an order to serve. */
  public record ServeOrder(Order order) implements Command {}


  public static Behavior<Command> create(
      int id, int maxOpenOrders, Menu menu, ActorRef<Cashier.Command> cashier, ActorRef<Kitchen.Command> kitchen) {
    return Behaviors.setup(context -> {
      Waiter waiter = new Waiter(context, id, maxOpenOrders, menu, cashier, kitchen);
      return waiter.logsEvents
          ? Behaviors.withMdc(Command.class, Map.of("waiter", Integer.toString(id)), Waiter::mdc, waiter)
          : waiter;
    });
  }

  /** An order being served: how many of its products the kitchen still owes. */
  private static final class OpenOrder {
    final Order order;
    int productsToCome;

    OpenOrder(Order order) {
      this.order = order;
      this.productsToCome = order.products().size();
    }
  }

  private final int id;
  private final Menu menu;
  private final ActorRef<Cashier.Command> cashier;
  private final ActorRef<Kitchen.Command> kitchen;
  private final Map<Integer, OpenOrder> openOrders = new HashMap<>();
  /** Checked once per waiter (on a static logger: context.getLog() costs memory per actor). */
  private final boolean logsEvents = EVENT_LOG.isInfoEnabled(ServiceEvents.EVENT);

  private Waiter(ActorContext<Command> context, int id, int maxOpenOrders, Menu menu,
      ActorRef<Cashier.Command> cashier, ActorRef<Kitchen.Command> kitchen) {
    super(context);
    this.id = id;
    this.menu = menu;
    this.cashier = cashier;
    this.kitchen = kitchen;
    for (int slot = 0; slot < maxOpenOrders; slot++) {
      cashier.tell(new Cashier.NextOrderPlease(id, context.getSelf()));
    }
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(ServeOrder.class, this::onServeOrder)
        .onMessage(Kitchen.ProductReady.class, this::onProductReady)
        .build();
  }

  private Behavior<Command> onServeOrder(ServeOrder serve) {
    Order order = serve.order();
    openOrders.put(order.id(), new OpenOrder(order));
    for (String product : order.products()) {
      if (logsEvents) {
        ServiceEvents.request(log(), id, order.id(), product, menu);
      }
      kitchen.tell(new Kitchen.Prepare(order.id(), product, getContext().getSelf()));
    }
    return this;
  }

  private Behavior<Command> onProductReady(Kitchen.ProductReady product) {
    OpenOrder open = openOrders.get(product.orderId());
    if (logsEvents) {
      ServiceEvents.productDone(log(), id, product.orderId(), product.product());
    }
    if (--open.productsToCome == 0) {
      openOrders.remove(product.orderId());
      dispatch(open.order);
    }
    return this;
  }

  private void dispatch(Order order) {
    if (logsEvents) {
      ServiceEvents.dispatch(log(), id, order);
    }
    // Telling the cashier it is dispatched also frees a slot: the cashier answers with the next order.
    cashier.tell(new Cashier.OrderDispatched(order.id(), id, getContext().getSelf()));
  }

  /** Fetched per event, not kept: getLog() is what puts the actor's path (akkaSource) in the MDC. */
  private Logger log() {
    return getContext().getLog();
  }

  private static Map<String, String> mdc(Command message) {
    if (message instanceof ServeOrder serve) {
      return Map.of("order", Integer.toString(serve.order().id()));
    }
    if (message instanceof Kitchen.ProductReady product) {
      return Map.of("order", Integer.toString(product.orderId()));
    }
    return Map.of();
  }
}
