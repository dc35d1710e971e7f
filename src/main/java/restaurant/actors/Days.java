package restaurant.actors;

import akka.Done;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import java.util.function.Consumer;
import restaurant.clock.SystemClock;
import restaurant.config.Settings;
import restaurant.model.FaultPlan;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.TraceFile;

/**
 * The guardian of a {@link RestaurantHost}: opens one {@link Restaurant} day after another on the
 * same actor system, so that a sweep pays Akka's start-up once, not once a day. A day opens only
 * once the one before has ended: every one of its actors stopped (their timers cancelled with
 * them) and, on virtual time, the clock back to 0, so nothing of one day reaches the next.
 */
public final class Days extends AbstractBehavior<Days.Command> {
  public sealed interface Command permits OpenDay, CloseDay {}

  /**
   * Open a day; the host opens the next only after {@code ended} ran.
   *
   * @param reportTo the day's report, as the cashier closes it
   * @param ended    run once the day's actors have all stopped and the clock is ready for the next
   */
  public record OpenDay(Settings settings, FaultPlan faults, Progress progress, TraceFile trace,
      Consumer<RunReport> reportTo, Runnable ended) implements Command {}

  /** A stop: the day open, if any, closes (its cashier first); {@code replyTo} hears when it has. */
  public record CloseDay(ActorRef<Done> replyTo) implements Command {}

  private ActorRef<Restaurant.Command> today;
  private Runnable todayEnded;
  private int daysOpened;

  public static Behavior<Command> create() {
    return Behaviors.setup(Days::new);
  }

  private Days(ActorContext<Command> context) {
    super(context);
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(OpenDay.class, this::onOpenDay)
        .onMessage(CloseDay.class, this::onCloseDay)
        .onSignal(Terminated.class, ended -> onDayEnded())
        .build();
  }

  private Behavior<Command> onOpenDay(OpenDay open) {
    if (today != null || todayEnded != null) { // the host waits for a day's end: a second one is a bug
      throw new IllegalStateException("a day opened before the one before had ended");
    }
    daysOpened++;
    today = getContext().spawn(Restaurant.create(open.settings(), open.faults(), open.progress(), open.trace(),
        open.reportTo()), "day-" + daysOpened);
    getContext().watch(today);
    todayEnded = open.ended();
    return this;
  }

  private Behavior<Command> onCloseDay(CloseDay close) {
    if (today != null) {
      today.tell(new Restaurant.Close(close.replyTo()));
    } else {
      close.replyTo().tell(Done.getInstance());
    }
    return this;
  }

  /**
   * Every actor of the day has stopped, and their timers with them: on virtual time the clock
   * goes back to 0 for the next day (the wall clock goes on), and the host may open it. Not
   * waiting for the simulation to be idle: Akka's own periodic timers may keep it from ever being.
   */
  private Behavior<Command> onDayEnded() {
    today = null;
    SystemClock.whenIdle(getContext().getSystem(), () -> { }); // the day's stuck check goes with it
    SystemClock.startNewDay(getContext().getSystem());
    Runnable ended = todayEnded;
    todayEnded = null;
    ended.run();
    return this;
  }
}
