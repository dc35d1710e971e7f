package restaurant.actors;

import akka.Done;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.TimerScheduler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.MDC;
import restaurant.config.Settings;
import restaurant.model.OrderOutcome;
import restaurant.model.Worker;
import restaurant.report.LatenessMeter;
import restaurant.report.Ledger;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.StationReport;
import restaurant.report.TraceFile;

/**
 * Takes the orders as customers arrive and hands each to a waiter with a free slot, first come
 * first served: orders that find every slot taken wait in one queue, and a slot, when it frees,
 * takes the head of it at once. It opens when every waiter is on the floor (and, with stations,
 * the kitchen too), so the makespan measures the service, not how long a hundred thousand waiters
 * take to arrive; arrival times count from the opening, and one wake-up waits for the next. It
 * alone keeps the book (who took what, when it was handed out and dispatched or failed) and the
 * till, and it knows which orders each waiter holds: when a waiter restarts after a crash, it
 * hands it those orders again. When every order is done, or when the restaurant is stopped and
 * the grace period is over, it hands the report to {@code reportTo} and stops, which ends the run.
 *
 * <p>This file is the cashier's protocol and its factory. Its phases are one behavior each:
 * {@link CashierOpening} (waiting for the staff), {@link CashierServing}, {@link CashierClosing}
 * (a stop's grace period) and {@link DayReport}; what they share, the {@link CashierDay}: the
 * {@link DispatchBook} (who holds what), the {@link ArrivalGate} (the customers to come) and
 * the Ledger (what happened).
 */
public final class Cashier {
  private Cashier() {}

  /** The cashier's whole inbox. */
  public sealed interface Command extends CrossesNodes
      permits WaiterReady, KitchenReady, Restarted, OrderDone, Burnt, OrderedAgain, WrongProduct, ActorFailed, Stuck,
      Close, GraceOver, NextArrival, StationsMeasured, KitchenSilent, FloorLost {}

  /** A waiter (re)starting, with room for {@code slots} orders; {@code incarnation} counts its restarts. */
  public record WaiterReady(int waiterId, int slots, int incarnation, ActorRef<Waiter.Command> replyTo)
      implements Command {}

  /** The kitchen is open: with stations, the cashier opens only then, and asks it for their statistics at the end. */
  public record KitchenReady(ActorRef<Kitchen.Command> kitchen) implements Command {}

  /** From the kitchen, asked at the end: its stations' statistics, and how late its timer fired. */
  public record StationsMeasured(List<StationReport> stations, LatenessMeter.Sample lateness) implements Command {}

  /**
   * An actor restarted after a simulated crash; for the report. A waiter has forgotten what it
   * held: its WaiterReady follows, and the cashier hands it those orders again.
   */
  public record Restarted(Worker role) implements Command {}

  /**
   * A waiter is done with an order: dispatched, or failed (a product burnt or was lost once too
   * often: {@code reason} says which; null for a dispatched order). Either frees its slot, so the
   * cashier answers with the next order.
   */
  public record OrderDone(int orderId, int waiterId, OrderOutcome outcome, String reason) implements Command {}

  /** From the kitchen: a product of this order came out burnt. Counted where it happens. */
  public record Burnt(int orderId) implements Command {}

  /**
   * From a waiter: it ordered a product of this order again, because it came out burnt or (not
   * {@code burnt}) because a kitchen crash lost it.
   */
  public record OrderedAgain(int orderId, boolean burnt) implements Command {}

  /**
   * In a cluster: the floor node that ran waiters {@code firstWaiter} to {@code lastWaiter} is
   * gone (downed, removed). Their orders go to other waiters, first in the queue; whatever the
   * lost waiters still say is ignored.
   */
  public record FloorLost(String node, int firstWaiter, int lastWaiter) implements Command {}

  /** A waiter got a product that does not belong in the order it came for. */
  public record WrongProduct(int orderId, String product, int waiterId) implements Command {}

  /** An actor stopped on a bug ({@link FailFast}): the run ends at once, with what is done so far. */
  public record ActorFailed(String actor, String bug) implements Command {}

  /**
   * On virtual time: no actor has anything to do and no timer is set, yet orders are not done.
   * Nothing will ever happen again: the run ends, with what is done.
   */
  public enum Stuck implements Command { INSTANCE }

  /**
   * Stop handing out orders; report once the orders in flight are done or {@code grace} is over,
   * then answer {@code replyTo}.
   */
  public record Close(Duration grace, ActorRef<Done> replyTo) implements Command {}

  /** The closing's timer ({@link CashierClosing}): the grace period is over. */
  enum GraceOver implements Command { INSTANCE }

  /**
   * The next order is due to arrive. Sent with the scheduler's scheduleOnce, not the
   * TimerScheduler: Akka 2.8 sets up the logging MDC for every timer message, and a Poisson day
   * has one arrival per order (see KitchenTimer).
   */
  record NextArrival(long atNanos) implements Command {}

  /** The day report's timer ({@link DayReport}): the kitchen did not send its statistics (stations, lateness) in time. */
  enum KitchenSilent implements Command { INSTANCE }

  /**
   * @param nanoClock where times come from: System::nanoTime in a real run, virtual time in tests
   * @param progress  counts the orders done, for the console
   * @param reportTo  receives the report once every order is done, or the run is stopped
   */
  public static Behavior<Command> create(
      Settings settings, LongSupplier nanoClock, Progress progress, Consumer<RunReport> reportTo) {
    return create(settings, nanoClock, progress, null, () -> { }, reportTo);
  }

  /**
   * @param trace  where each order goes as it finishes (--trace), or null
   * @param opened run once, in the actor, when every waiter is in and the first orders arrive
   */
  public static Behavior<Command> create(Settings settings, LongSupplier nanoClock, Progress progress,
      TraceFile trace, Runnable opened, Consumer<RunReport> reportTo) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      context.setLoggerName(Cashier.class); // its phases' lines, all under the cashier's logger
      CashierDay day = new CashierDay(context, timers, settings, nanoClock, progress, trace, opened, reportTo);
      CashierOpening opening = new CashierOpening(context, day);
      return day.logsEvents ? Behaviors.withMdc(Command.class, Cashier::mdc, opening) : opening;
    }));
  }

  private static Map<String, String> mdc(Command message) {
    if (message instanceof OrderDone done) {
      return Map.of("order", Integer.toString(done.orderId()), "waiter", Integer.toString(done.waiterId()));
    }
    if (message instanceof WaiterReady ready) {
      return Map.of("waiter", Integer.toString(ready.waiterId()));
    }
    return Map.of();
  }
}
