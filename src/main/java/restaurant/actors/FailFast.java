package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.BehaviorInterceptor;
import akka.actor.typed.Signal;
import akka.actor.typed.TypedActorContext;
import akka.actor.typed.javadsl.Behaviors;
import java.util.function.Supplier;

/**
 * Ends the run on a bug. A simulated crash is restarted by the supervisor inside this wrapper and
 * never reaches it; anything else an actor throws is a bug. Akka's default would stop the actor
 * and leave its orders waiting for ever; this logs the bug with its stack trace (the console
 * shows one line, logs/restaurant.log the trace) and hands over to {@link OnBug}: a waiter or the
 * kitchen tells the cashier and stops, the cashier reports what it has and stops, which ends the
 * run with exit code 1.
 *
 * <p>Why an interceptor and not a watch: watching every waiter costs memory per waiter, while one
 * interceptor instance is shared by them all.
 */
final class FailFast<T> extends BehaviorInterceptor<T, T> {
  /** What an actor does once its bug is logged; returns the behavior it ends with. */
  interface OnBug<T> {
    Behavior<T> handle(String actor, Throwable bug);
  }

  private final OnBug<T> onBug;

  FailFast(Class<T> messageType, OnBug<T> onBug) {
    super(messageType);
    this.onBug = onBug;
  }

  @Override
  public Behavior<T> aroundReceive(TypedActorContext<T> context, T message, ReceiveTarget<T> target) {
    return guarded(context, () -> target.apply(context, message));
  }

  @Override
  public Behavior<T> aroundSignal(TypedActorContext<T> context, Signal signal, SignalTarget<T> target) {
    return guarded(context, () -> target.apply(context, signal));
  }

  private Behavior<T> guarded(TypedActorContext<T> context, Supplier<Behavior<T>> handling) {
    try {
      return handling.get();
    } catch (RuntimeException | AssertionError | StackOverflowError bug) {
      return failed(context, bug);
    }
  }

  /** A waiter's or the kitchen's: tell the cashier, who ends the run, and stop. */
  static <T> Behavior<T> tellingTheCashier(Class<T> messageType, ActorRef<Cashier.Command> cashier,
      Behavior<T> behavior) {
    return Behaviors.intercept(() -> new FailFast<>(messageType, (actor, bug) -> {
      cashier.tell(new Cashier.ActorFailed(actor, bug.toString()));
      return Behaviors.stopped();
    }), behavior);
  }

  private Behavior<T> failed(TypedActorContext<T> context, Throwable bug) {
    String actor = context.asJava().getSelf().path().name();
    context.asJava().getLog().error("<{}> Failed on a bug: {}; the run stops", actor, bug.toString(), bug);
    return onBug.handle(actor, bug);
  }
}
