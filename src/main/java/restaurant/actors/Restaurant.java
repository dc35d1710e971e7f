package restaurant.actors;

import akka.Done;
import akka.actor.CoordinatedShutdown;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
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
import restaurant.clock.SystemClock;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.TraceFile;

/**
 * The guardian: opens the restaurant by spawning the cashier, the kitchen and the waiters (each
 * supervises itself), and closes it when the cashier, having served every order or met a bug,
 * stops. A stop of the actor system (SIGINT, SIGTERM: Akka's CoordinatedShutdown) first asks the
 * cashier to close. Every actor reads time from the actor system's clock ({@link SystemClock}): the
 * wall clock in a run, virtual time in a simulation.
 */
public final class Restaurant extends AbstractBehavior<Void> {

  /**
   * @param faults what goes wrong on purpose: {@link Settings#faultPlan()} in a run
   * @param trace  where each order goes as it finishes (--trace), or null
   */
  public static Behavior<Void> create(
      Settings settings, FaultPlan faults, Progress progress, TraceFile trace, Consumer<RunReport> reportTo) {
    return Behaviors.setup(context -> new Restaurant(context, settings, faults, progress, trace, reportTo));
  }

  private Restaurant(ActorContext<Void> context, Settings settings, FaultPlan faults, Progress progress,
      TraceFile trace, Consumer<RunReport> reportTo) {
    super(context);
    LongSupplier nanoClock = SystemClock.nanoClock(context.getSystem());
    AtomicBoolean reported = new AtomicBoolean();
    ActorRef<Cashier.Command> cashier = context.spawn(Cashier.create(settings, nanoClock, progress, trace, () -> { },
        report -> {
          reported.set(true);
          reportTo.accept(report);
        }), "cashier");
    context.watch(cashier);
    // Before any waiter exists: from the moment the cashier can open, a stop closes it first.
    Duration grace = settings.gracePeriod();
    CoordinatedShutdown.get(context.getSystem()).addTask(CoordinatedShutdown.PhaseBeforeServiceUnbind(),
        "close-the-restaurant", () -> reported.get()
            ? CompletableFuture.completedFuture(Done.getInstance())
            : AskPattern.ask(cashier, replyTo -> new Cashier.Close(grace, replyTo), grace.plusSeconds(5),
                context.getSystem().scheduler()));
    // On virtual time, a simulation with nothing left to happen before the last order is done is
    // stuck: the cashier ends the run, rather than let it wait for ever.
    SystemClock.whenIdle(context.getSystem(), () -> {
      if (!reported.get()) {
        cashier.tell(Cashier.Stuck.INSTANCE);
      }
    });
    // On the real clock the kitchen reports how late its timer fired, with or without stations.
    ActorRef<Kitchen.Command> kitchen = context.spawn(Kitchen.create(settings, nanoClock, faults, cashier,
        !SystemClock.virtual(context.getSystem())), "kitchen");
    for (int id = 1; id <= settings.waiters(); id++) {
      context.spawn(Waiter.create(id, settings, faults, cashier, kitchen), "waiter-" + id);
    }
  }

  @Override
  public Receive<Void> createReceive() {
    return newReceiveBuilder().onSignal(Terminated.class, closed -> Behaviors.stopped()).build();
  }
}
