package restaurant.actors;

import akka.Done;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
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
 * One day of the restaurant: opens it by spawning the cashier, the kitchen and the waiters (each
 * supervises itself), and ends when the cashier, having served every order or met a bug, stops. A
 * stop (SIGINT, SIGTERM) reaches it as {@link Close}: the cashier closes first. Every actor reads
 * time from the actor system's clock ({@link SystemClock}): the wall clock in a run, virtual time
 * in a simulation. {@link Days} opens one after another.
 */
public final class Restaurant extends AbstractBehavior<Restaurant.Command> {
  public sealed interface Command permits Close {}

  /** Close the day: the cashier takes no more orders and gives those in flight {@code settings.timing().gracePeriod()}. */
  public record Close(ActorRef<Done> replyTo) implements Command {}

  private final ActorRef<Cashier.Command> cashier;
  private final Settings settings;
  private final AtomicBoolean reported = new AtomicBoolean();

  /**
   * @param faults what goes wrong on purpose: {@link Settings#faultPlan()} in a run
   * @param trace  where each order goes as it finishes (--trace), or null
   */
  public static Behavior<Command> create(
      Settings settings, FaultPlan faults, Progress progress, TraceFile trace, Consumer<RunReport> reportTo) {
    return Behaviors.setup(context -> new Restaurant(context, settings, faults, progress, trace, reportTo));
  }

  private Restaurant(ActorContext<Command> context, Settings settings, FaultPlan faults, Progress progress,
      TraceFile trace, Consumer<RunReport> reportTo) {
    super(context);
    this.settings = settings;
    LongSupplier nanoClock = SystemClock.nanoClock(context.getSystem());
    cashier = context.spawn(Cashier.create(settings, nanoClock, progress, trace, () -> { }, report -> {
      reported.set(true);
      reportTo.accept(report);
    }), "cashier");
    context.watch(cashier);
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
    for (int id = 1; id <= settings.staff().waiters(); id++) {
      context.spawn(Waiter.create(id, settings, faults, cashier, kitchen), "waiter-" + id);
    }
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Close.class, this::onClose)
        .onSignal(Terminated.class, closed -> Behaviors.stopped())
        .build();
  }

  private Behavior<Command> onClose(Close close) {
    if (reported.get()) {
      close.replyTo().tell(Done.getInstance());
    } else {
      cashier.tell(new Cashier.Close(settings.timing().gracePeriod(), close.replyTo()));
    }
    return this;
  }
}
