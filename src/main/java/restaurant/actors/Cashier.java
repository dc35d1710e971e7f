package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import restaurant.domain.Order;
import restaurant.domain.Progress;
import restaurant.domain.RunReport;
import restaurant.domain.Seconds;
import restaurant.domain.ServiceEvents;
import restaurant.domain.ServiceLog;
import restaurant.domain.Settings;

/**
 * Holds the orders and hands one to each waiter that asks, in order. It opens when every waiter
 * is on the floor (has asked for its first orders), so the makespan measures the service, not
 * how long a hundred thousand waiters take to arrive. It alone records when each order was
 * handed out and dispatched; when the last one is dispatched it hands the report to
 * {@code reportTo} and stops, which ends the run.
 */
public final class Cashier extends AbstractBehavior<Cashier.Command> {

  public interface Command {}

  /** A waiter has room for one more order. */
  public record NextOrderPlease(int waiterId, ActorRef<Waiter.Command> replyTo) implements Command {}

  /** A waiter dispatched an order; that frees its slot, so the cashier answers with the next order. */
  public record OrderDispatched(int orderId, int waiterId, ActorRef<Waiter.Command> replyTo) implements Command {}

  /**
   * @param nanoClock where times come from: System::nanoTime in a real run, virtual time in tests
   * @param progress  counts the orders dispatched, for the console
   * @param reportTo  receives the report once every order is dispatched
   */
  public static Behavior<Command> create(
      Settings settings, LongSupplier nanoClock, Progress progress, Consumer<RunReport> reportTo) {
    return Behaviors.setup(context -> {
      Cashier cashier = new Cashier(context, settings, nanoClock, progress, reportTo);
      return cashier.logsEvents ? Behaviors.withMdc(Command.class, Cashier::mdc, cashier) : cashier;
    });
  }

  private final List<Order> orders;
  private final ServiceLog serviceLog;
  private final LongSupplier nanoClock;
  private final Consumer<RunReport> reportTo;
  /** Checked once: per-event lines and their MDC cost nothing in a --quiet run. */
  private final boolean logsEvents;
  private int nextOrder;
  /** The first requests, kept until every waiter has asked; null once open. */
  private List<NextOrderPlease> beforeOpening = new ArrayList<>();
  private final long requestsBeforeOpening;
  private final int waiters;

  private Cashier(ActorContext<Command> context, Settings settings, LongSupplier nanoClock, Progress progress,
      Consumer<RunReport> reportTo) {
    super(context);
    this.orders = settings.orders();
    this.serviceLog = new ServiceLog("actors", settings, progress);
    this.nanoClock = nanoClock;
    this.reportTo = reportTo;
    this.logsEvents = context.getLog().isInfoEnabled(ServiceEvents.EVENT);
    this.waiters = settings.waiters();
    this.requestsBeforeOpening = (long) settings.waiters() * settings.maxOpenOrders();
    context.getLog().info("<Cashier> {} orders to serve", orders.size());
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(NextOrderPlease.class, this::onNextOrderPlease)
        .onMessage(OrderDispatched.class, this::onOrderDispatched)
        .build();
  }

  private Behavior<Command> onNextOrderPlease(NextOrderPlease request) {
    if (beforeOpening == null) {
      return handOut(request.waiterId(), request.replyTo());
    }
    beforeOpening.add(request);
    if (beforeOpening.size() == requestsBeforeOpening) {
      getContext().getLog().info("<Cashier> All {} waiters are in: open", waiters);
      List<NextOrderPlease> requests = beforeOpening;
      beforeOpening = null;
      requests.forEach(waiting -> handOut(waiting.waiterId(), waiting.replyTo()));
    }
    return this;
  }

  private Behavior<Command> handOut(int waiterId, ActorRef<Waiter.Command> waiter) {
    if (nextOrder == orders.size()) {
      return this; // nothing left to hand out: the waiter's slot stays empty until closing
    }
    Order order = orders.get(nextOrder++);
    serviceLog.handedOut(order.id(), waiterId, nanoClock.getAsLong());
    if (logsEvents) {
      getContext().getLog().info(ServiceEvents.EVENT, "<Cashier> [Order: {}] Handed to waiter {}", order.id(),
          waiterId);
    }
    waiter.tell(new Waiter.ServeOrder(order));
    return this;
  }

  private Behavior<Command> onOrderDispatched(OrderDispatched dispatched) {
    serviceLog.dispatched(dispatched.orderId(), nanoClock.getAsLong());
    if (logsEvents) {
      getContext().getLog().info(ServiceEvents.EVENT, "<Cashier> [Order: {}] Dispatched by waiter {}",
          dispatched.orderId(), dispatched.waiterId());
    }
    if (serviceLog.allDispatched()) {
      RunReport report = serviceLog.report();
      getContext().getLog().info("<Cashier> All {} orders dispatched in {} s", orders.size(),
          Seconds.format3(report.makespanSeconds()));
      reportTo.accept(report);
      return Behaviors.stopped();
    }
    return handOut(dispatched.waiterId(), dispatched.replyTo());
  }

  private static Map<String, String> mdc(Command message) {
    if (message instanceof OrderDispatched dispatched) {
      return Map.of("order", Integer.toString(dispatched.orderId()),
          "waiter", Integer.toString(dispatched.waiterId()));
    }
    if (message instanceof NextOrderPlease request) {
      return Map.of("waiter", Integer.toString(request.waiterId()));
    }
    return Map.of();
  }
}
