package restaurant.bench;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.concurrent.CompletableFuture;
import restaurant.actors.Cashier;
import restaurant.actors.Kitchen;
import restaurant.actors.Waiter;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;

/**
 * For the benchmark of what a waiter costs: a cashier with no orders, who takes on
 * {@code count} waiters and never answers them. Once every waiter has asked for an order, all
 * of them are alive and idle, and {@code allIdle} completes.
 */
public final class IdleCashier extends AbstractBehavior<Cashier.Command> {

  public static Behavior<Cashier.Command> create(int count, Settings settings, CompletableFuture<Void> allIdle) {
    return Behaviors.setup(context -> new IdleCashier(context, count, settings, allIdle));
  }

  private final CompletableFuture<Void> allIdle;
  private int waitersToAsk;

  private IdleCashier(ActorContext<Cashier.Command> context, int count, Settings settings,
      CompletableFuture<Void> allIdle) {
    super(context);
    this.allIdle = allIdle;
    this.waitersToAsk = count;
    ActorRef<Kitchen.Command> kitchen = context.spawn(Behaviors.ignore(), "kitchen");
    for (int id = 1; id <= count; id++) {
      context.spawn(Waiter.create(id, settings, FaultPlan.NONE, context.getSelf(), kitchen), "waiter-" + id);
    }
    if (count == 0) {
      allIdle.complete(null);
    }
  }

  @Override
  public Receive<Cashier.Command> createReceive() {
    return newReceiveBuilder().onMessage(Cashier.WaiterReady.class, this::onWaiterReady).build();
  }

  private Behavior<Cashier.Command> onWaiterReady(Cashier.WaiterReady ready) {
    if (--waitersToAsk == 0) {
      allIdle.complete(null);
    }
    return this;
  }
}
