package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import restaurant.domain.Progress;
import restaurant.domain.RunReport;
import restaurant.domain.Settings;

/**
 * The guardian: opens the restaurant by spawning the kitchen, the cashier and the waiters, and
 * closes it when the cashier, having served every order, stops.
 */
public final class Restaurant extends AbstractBehavior<Void> {

  public static Behavior<Void> create(
      Settings settings, LongSupplier nanoClock, Progress progress, Consumer<RunReport> reportTo) {
    return Behaviors.setup(context -> new Restaurant(context, settings, nanoClock, progress, reportTo));
  }

  private Restaurant(ActorContext<Void> context, Settings settings, LongSupplier nanoClock, Progress progress,
      Consumer<RunReport> reportTo) {
    super(context);
    ActorRef<Kitchen.Command> kitchen = context.spawn(Kitchen.create(settings, nanoClock), "kitchen");
    ActorRef<Cashier.Command> cashier =
        context.spawn(Cashier.create(settings, nanoClock, progress, reportTo), "cashier");
    context.watch(cashier);
    for (int id = 1; id <= settings.waiters(); id++) {
      context.spawn(Waiter.create(id, settings.maxOpenOrders(), settings.menu(), cashier, kitchen), "waiter-" + id);
    }
  }

  @Override
  public Receive<Void> createReceive() {
    return newReceiveBuilder().onSignal(Terminated.class, closed -> Behaviors.stopped()).build();
  }
}
