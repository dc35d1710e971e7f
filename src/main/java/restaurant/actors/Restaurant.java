package restaurant.actors;

import akka.Done;
import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.SupervisorStrategy;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.AskPattern;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.config.Settings;

/**
 * The guardian: opens the restaurant by spawning the cashier, the kitchen and the waiters under
 * supervision, and closes it when the cashier, having served every order, stops. A stop of the
 * actor system (SIGINT, SIGTERM: Akka's CoordinatedShutdown) first asks the cashier to close.
 *
 * <p>Supervision: a crashed kitchen or waiter is restarted at once. Not with backoff: backoff
 * gives a failing resource (a database, a remote service) time to recover, but these crashes
 * are independent accidents, and every moment a waiter is away its orders wait.
 */
public final class Restaurant extends AbstractBehavior<Void> {

  public static Behavior<Void> create(
      Settings settings, LongSupplier nanoClock, Progress progress, Consumer<RunReport> reportTo) {
    return Behaviors.setup(context -> new Restaurant(context, settings, nanoClock, progress, reportTo));
  }

  private Restaurant(ActorContext<Void> context, Settings settings, LongSupplier nanoClock, Progress progress,
      Consumer<RunReport> reportTo) {
    super(context);
    AtomicBoolean reported = new AtomicBoolean();
    ActorRef<Cashier.Command> cashier = context.spawn(Cashier.create(settings, nanoClock, progress, report -> {
      reported.set(true);
      reportTo.accept(report);
    }), "cashier");
    context.watch(cashier);
    // Before any waiter exists: from the moment the cashier can open, a stop closes it first.
    Duration grace = settings.faults().gracePeriod();
    CoordinatedShutdown.get(context.getSystem()).addTask(CoordinatedShutdown.PhaseBeforeServiceUnbind(),
        "close-the-restaurant", () -> reported.get()
            ? CompletableFuture.completedFuture(Done.getInstance())
            : AskPattern.ask(cashier, replyTo -> new Cashier.Close(grace, replyTo), grace.plusSeconds(5),
                context.getSystem().scheduler()));
    ActorRef<Kitchen.Command> kitchen = context.spawn(
        supervised(Kitchen.create(settings, nanoClock, cashier), settings.faults().kitchenCrashRate()), "kitchen");
    for (int id = 1; id <= settings.waiters(); id++) {
      context.spawn(supervised(Waiter.create(id, settings, cashier, kitchen), settings.faults().waiterCrashRate()),
          "waiter-" + id);
    }
  }

  /**
   * Restarts on a simulated crash, quietly: the actor logs its own line. Anything else is a bug,
   * and Akka's default applies: the actor stops, with the stack trace in the log. With a crash
   * rate of 0 nothing can be simulated, so the actor runs unwrapped: supervision is an
   * interceptor every message would pass through.
   */
  static <T> Behavior<T> supervised(Behavior<T> behavior, double crashRate) {
    return crashRate == 0 ? behavior : Behaviors.supervise(behavior).onFailure(SimulatedCrash.class,
        SupervisorStrategy.restart().withLoggingEnabled(false));
  }

  @Override
  public Receive<Void> createReceive() {
    return newReceiveBuilder().onSignal(Terminated.class, closed -> Behaviors.stopped()).build();
  }
}
