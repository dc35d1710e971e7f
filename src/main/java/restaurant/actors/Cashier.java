package restaurant.actors;

import akka.Done;
import akka.actor.Cancellable;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import restaurant.akka.Clocks;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.OrderSequence;
import restaurant.model.Outcome;
import restaurant.model.Role;
import restaurant.model.Seconds;
import restaurant.report.LatenessMeter;
import restaurant.report.Ledger;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.ServiceEvents;
import restaurant.report.StationReport;
import restaurant.report.TraceFile;

/**
 * Takes the orders as customers arrive and hands each to a waiter with a free slot, first come
 * first served: orders that find every slot taken wait in one queue, and a slot, when it frees,
 * takes the head of it at once. It opens when every waiter is on the floor (and, with stations,
 * the kitchen too), so the makespan measures the service, not how long a hundred thousand waiters
 * take to arrive; arrival times count from the opening, and one wake-up waits for the next. It
 * alone keeps the book (who took what, when it was handed out
 * and dispatched or failed) and the till, and it knows which orders each waiter holds: when a
 * waiter restarts after a crash, it hands it those orders again. When every order is done, or
 * when the restaurant is stopped and the grace period is over, it hands the report to
 * {@code reportTo} and stops, which ends the run.
 */
public final class Cashier extends AbstractBehavior<Cashier.Command> implements FailFast.OnBug<Cashier.Command> {
  /**
   * For the lines of every run. context.getLog() would do too, but once an actor has asked for it
   * Akka sets the MDC on each of its messages: some 6% of a million-order run (docs/benchmarks.md).
   * The event lines, only on when wanted, use it and carry the actor's path.
   */
  private static final Logger LOG = LoggerFactory.getLogger(Cashier.class);

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
  public record Restarted(Role role) implements Command {}

  /**
   * A waiter is done with an order: dispatched, or failed (a product burnt or was lost once too
   * often: {@code reason} says which; null for a dispatched order). Either frees its slot, so the
   * cashier answers with the next order.
   */
  public record OrderDone(int orderId, int waiterId, Outcome outcome, String reason) implements Command {}

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

  private enum GraceOver implements Command { INSTANCE }

  /**
   * The next order is due to arrive. Sent with the scheduler's scheduleOnce, not the
   * TimerScheduler: Akka 2.8 sets up the logging MDC for every timer message, and a Poisson day
   * has one arrival per order (see Kitchen.Wake).
   */
  private record NextArrival(long atNanos) implements Command {}

  /** The day report's timer ({@link DayReport}): the kitchen did not send its statistics (stations, lateness) in time. */
  enum KitchenSilent implements Command { INSTANCE }

  private static final long NO_WAKE_UP = Long.MIN_VALUE;
  private static final Cancellable NO_ARRIVAL = new Cancellable() {
    @Override
    public boolean cancel() {
      return false;
    }

    @Override
    public boolean isCancelled() {
      return true;
    }
  };

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
      Cashier cashier = new Cashier(context, timers, settings, nanoClock, progress, trace, opened, reportTo);
      return cashier.logsEvents ? Behaviors.withMdc(Command.class, Cashier::mdc, cashier) : cashier;
    }));
  }

  private final TimerScheduler<Command> timers;
  /** Who holds what, the free slots, the queue: the one source of truth of the dispatch. */
  private final DispatchBook book;
  /** The day's customers, taken in as they are due. */
  private final ArrivalGate gate;
  /** The arrival the pending wake-up is for, or NO_WAKE_UP. */
  private long wakeUpFor = NO_WAKE_UP;
  /** What happened, for the report: it records, it decides nothing. */
  private final Ledger ledger;
  private final LongSupplier nanoClock;
  private final Settings settings;
  /** On the virtual clock no timer is late: the report says nothing of lateness. */
  private final boolean virtualTime;
  /** How late the arrivals' wake-ups came, and then the kitchen's with them: on the real clock, for the report. */
  private final LatenessMeter lateness = new LatenessMeter();
  private final Consumer<RunReport> reportTo;
  private final int waiters;
  /** Checked once: per-event lines and their MDC cost nothing in a --quiet run. */
  private final boolean logsEvents;
  /** Each waiter, by id, as its last WaiterReady gave it: where its orders go. */
  private final List<ActorRef<Waiter.Command>> waiterRefs;
  /** With stations the cashier opens only once the kitchen is in. */
  private final boolean hasStations;
  /** The kitchen, once it said it is in: asked for its statistics at the end. */
  private ActorRef<Kitchen.Command> kitchen;
  private final long warmUpNanos;
  /** Every order is there at the opening: none to wait for, nor to say it waits. */
  private final boolean atOnce;
  /** The next arrival's wake-up, cancelled when the restaurant closes. */
  private Cancellable nextArrival = NO_ARRIVAL;
  private final int maxRetries;
  /** Who to tell once the report is out, when the restaurant was closed (a stop); null while serving. */
  private ActorRef<Done> closedReplyTo;
  private final Runnable opened;

  private Cashier(ActorContext<Command> context, TimerScheduler<Command> timers, Settings settings,
      LongSupplier nanoClock, Progress progress, TraceFile trace, Runnable opened, Consumer<RunReport> reportTo) {
    super(context);
    this.opened = opened;
    this.timers = timers;
    this.ledger = new Ledger(Mode.ACTORS, settings, progress, trace);
    this.book = new DispatchBook(settings.waiters(), settings.orders().size());
    this.gate = new ArrivalGate(settings.orders().iterator(), settings.timeScale(), ledger::arrived);
    this.nanoClock = nanoClock;
    this.settings = settings;
    this.virtualTime = Clocks.virtual(context.getSystem());
    this.reportTo = reportTo;
    this.waiters = settings.waiters();
    this.maxRetries = settings.maxRetries();
    this.logsEvents = LOG.isInfoEnabled(ServiceEvents.EVENT);
    this.waiterRefs = new ArrayList<>(Collections.nCopies(waiters + 1, null));
    this.hasStations = !settings.service().stations().isEmpty();
    this.warmUpNanos = settings.scaled(settings.service().warmUp()).toNanos();
    this.atOnce = settings.service().arrivals().atOnce() && !OrderSequence.arrivesOverTime(settings.orders());
    LOG.info("<Cashier> {} orders to serve", settings.orders().size());
  }

  @Override
  public Receive<Command> createReceive() {
    return new FailFast<>(newReceiveBuilder()
        .onMessage(WaiterReady.class, this::onWaiterReady)
        .onMessage(KitchenReady.class, this::onKitchenReady)
        .onMessage(NextArrival.class, this::onNextArrival)
        .onMessage(Restarted.class, this::onRestarted)
        .onMessage(OrderDone.class, this::onOrderDone)
        .onMessage(Burnt.class, burnt -> {
          ledger.productBurnt();
          return this;
        })
        .onMessage(OrderedAgain.class, again -> {
          ledger.orderedAgain(again.orderId(), again.burnt());
          return this;
        })
        .onMessage(WrongProduct.class, this::onWrongProduct)
        .onMessage(FloorLost.class, this::onFloorLost)
        .onMessage(ActorFailed.class, this::onActorFailed)
        .onMessage(Stuck.class, stuck -> onStuck())
        .onMessage(Close.class, this::onClose)
        .onMessage(GraceOver.class, over -> finish(true, null))
        .build(), this);
  }

  /** A bug in the cashier itself: it reports what it has, so the run still ends with a report. */
  @Override
  public Behavior<Command> failed(Throwable bug) {
    getContext().getLog().error("Cashier failed on a bug: {}; the run stops", bug.toString(), bug);
    return finish(true, "Cashier failed: " + bug);
  }

  private Behavior<Command> onWaiterReady(WaiterReady ready) {
    if (book.isLost(ready.waiterId())) {
      return this; // from a floor node the cluster has downed: its word counts no more
    }
    waiterRefs.set(ready.waiterId(), ready.replyTo());
    book.apply(new DispatchBook.WaiterIn(ready.waiterId(), ready.slots(), ready.incarnation()));
    if (!book.isOpen()) {
      openWhenAllAreIn();
      return this;
    }
    // A restarted waiter: it forgot what it held, so it gets the same orders again first, each
    // up to max-retries times: a waiter that crashes on every order must not keep the run going.
    for (Order order : book.heldBy(ready.waiterId())) {
      book.apply(new DispatchBook.HandedAgain(order.id()));
      int times = book.timesHandedAgain(order.id());
      if (times > maxRetries) {
        String reason = "its waiter crashed " + times + " times";
        book.apply(new DispatchBook.Finished(order.id(), ready.waiterId()));
        ledger.done(order.id(), ready.waiterId(), Outcome.FAILED, reason, nanoClock.getAsLong());
        if (logsEvents) {
          logAbout(order.id(), ready.waiterId(), "<Cashier> [Order: {}] Failed: {}", order.id(), reason);
        }
      } else {
        ledger.handedAgain(order.id());
        ready.replyTo().tell(new Waiter.ServeOrder(order, ready.incarnation()));
      }
    }
    return afterSlotsFreed();
  }

  private Behavior<Command> onKitchenReady(KitchenReady ready) {
    kitchen = ready.kitchen();
    if (!book.isOpen()) {
      openWhenAllAreIn();
    }
    return this;
  }

  /** Opens once every waiter (and, with stations, the kitchen) is in: the first orders arrive now. */
  private void openWhenAllAreIn() {
    if (!book.everyWaiterIn() || hasStations && kitchen == null) {
      return;
    }
    long now = nanoClock.getAsLong();
    LOG.info("<Cashier> All {} waiters are in: open", book.waitersIn());
    ledger.opened(now);
    gate.opened(now);
    if (hasStations) {
      kitchen.tell(new Kitchen.Open(now, now + warmUpNanos));
    }
    book.apply(new DispatchBook.Opened());
    admitArrivals(now);
    opened.run();
  }

  private Behavior<Command> onNextArrival(NextArrival next) {
    if (next.atNanos() != wakeUpFor) {
      return this; // its order was taken in already, by a slot freed at its time: a later wake-up is set
    }
    wakeUpFor = NO_WAKE_UP;
    long now = nanoClock.getAsLong();
    lateness.record(next.atNanos(), now);
    if (closedReplyTo == null) {
      admitArrivals(now);
    }
    return this;
  }

  /** Takes in every customer due by {@code now}: to a free slot, or to the queue; then waits for the next. */
  private void admitArrivals(long now) {
    while (gate.hasDue(now)) {
      if (book.hasFreeSlot()) {
        handOut(book.nextFreeWaiter(), gate.takeDue(now));
      } else if (logsEvents && !atOnce) {
        Order order = gate.takeDue(now);
        book.apply(new DispatchBook.Waits(order));
        logAbout(order.id(), 0, "<Cashier> [Order: {}] Arrives and waits for a waiter ({} ahead)", order.id(),
            book.waitingCount() - 1);
      } else {
        break; // it waits at the door, taken in when a slot frees: a queue of a million costs nothing
      }
    }
    wakeForTheNextArrival(now);
  }

  /** A wake-up for the next customer to come, unless one is due already (a slot takes it) or one is set. */
  private void wakeForTheNextArrival(long now) {
    long arrival = gate.nextArrival();
    if (arrival == ArrivalGate.NONE || closedReplyTo != null) {
      return;
    }
    if (arrival > now && wakeUpFor != arrival) {
      wakeUpFor = arrival;
      nextArrival = getContext().scheduleOnce(Duration.ofNanos(arrival - now), getContext().getSelf(),
          new NextArrival(arrival));
    }
  }

  /**
   * Slots were freed: the day may be done, or the closing over; else each free slot takes the
   * head of the queue (the orders waiting, then the customers due at the door).
   */
  private Behavior<Command> afterSlotsFreed() {
    if (book.allDone()) {
      return finish(false, null);
    }
    if (closedReplyTo != null) {
      return book.inFlight() == 0 ? finish(true, null) : this;
    }
    long now = nanoClock.getAsLong();
    while (book.hasFreeSlot()) {
      Order next = book.nextWaiting() != null ? book.nextWaiting() : gate.takeDue(now);
      if (next == null) {
        break;
      }
      handOut(book.nextFreeWaiter(), next);
    }
    wakeForTheNextArrival(now);
    return this;
  }

  private Behavior<Command> onRestarted(Restarted restarted) {
    ledger.restarted(restarted.role());
    return this;
  }

  /**
   * A floor node is gone: its waiters' orders wait again, at the head of the queue, and go to the
   * free slots of the waiters left. None is served twice: the ledger forgets who held them, and
   * what the lost waiters may still say is ignored.
   */
  private Behavior<Command> onFloorLost(FloorLost lost) {
    long now = nanoClock.getAsLong();
    DispatchBook.WaitersLost gone = new DispatchBook.WaitersLost(lost.firstWaiter(), lost.lastWaiter());
    List<Order> orphans = book.orphansOf(gone);
    int waitersLost = book.newlyLost(gone);
    book.apply(gone);
    for (Order order : orphans) {
      ledger.lost(order.id(), now);
    }
    boolean noWaiterLeft = book.noWaiterLeft();
    ledger.nodeLost(lost.node(), waitersLost, noWaiterLeft ? 0 : orphans.size(), now);
    if (noWaiterLeft) { // the run stops, with what is done (exit 4)
      LOG.error("<Cashier> Floor node {} is gone with waiters {} to {}, the last: no waiter is left for the orders"
          + " not done", lost.node(), lost.firstWaiter(), lost.lastWaiter());
      return finish(true, null);
    }
    if (!book.isOpen()) { // it joined, then died: the restaurant opens with the waiters left
      LOG.warn("<Cashier> Floor node {} is gone with waiters {} to {} before the opening", lost.node(),
          lost.firstWaiter(), lost.lastWaiter());
      openWhenAllAreIn();
      return this;
    }
    LOG.warn("<Cashier> Floor node {} is gone with waiters {} to {}: its {} orders go to other waiters", lost.node(),
        lost.firstWaiter(), lost.lastWaiter(), orphans.size());
    return afterSlotsFreed();
  }

  private Behavior<Command> onWrongProduct(WrongProduct wrong) {
    ledger.wrongProduct(wrong.orderId(), wrong.product(), wrong.waiterId());
    return this;
  }

  private Behavior<Command> onActorFailed(ActorFailed failed) {
    getContext().getLog().error("<Cashier> {} stopped on a bug; closing with {} orders in flight", failed.actor(),
        book.inFlight());
    if ("Kitchen".equals(failed.actor())) {
      kitchen = null; // stopped: it will send no statistics
    }
    return finish(true, failed.actor() + " failed: " + failed.bug());
  }

  private Behavior<Command> onStuck() {
    int pending = book.pending();
    getContext().getLog().error("<Cashier> The simulation is stuck: nothing left to happen, {} orders pending",
        pending);
    return finish(true, "the simulation is stuck: nothing left to happen, with " + pending + " orders pending ("
        + book.inFlight() + " handed out, " + (pending - book.inFlight()) + " never handed out)");
  }

  private void handOut(int waiterId, Order order) {
    book.apply(new DispatchBook.HandedOut(order, waiterId));
    ledger.handedOut(order, waiterId, nanoClock.getAsLong());
    if (logsEvents) {
      logAbout(order.id(), waiterId, "<Cashier> [Order: {}] Handed to waiter {}", order.id(), waiterId);
    }
    waiterRefs.get(waiterId).tell(new Waiter.ServeOrder(order, book.incarnation(waiterId)));
  }

  private Behavior<Command> onOrderDone(OrderDone done) {
    if (book.isLost(done.waiterId())) {
      LOG.debug("<Cashier> [Order: {}] Late word from waiter {}, lost with its node: ignored", done.orderId(),
          done.waiterId());
      return this;
    }
    ledger.done(done.orderId(), done.waiterId(), done.outcome(), done.reason(), nanoClock.getAsLong());
    if (logsEvents && done.outcome() == Outcome.DISPATCHED) {
      logAbout(done.orderId(), done.waiterId(), "<Cashier> [Order: {}] Dispatched by waiter {}", done.orderId(),
          done.waiterId());
    } else if (logsEvents) {
      logAbout(done.orderId(), done.waiterId(), "<Cashier> [Order: {}] Failed, reported by waiter {}: {}",
          done.orderId(), done.waiterId(), done.reason());
    }
    int before = book.inFlight();
    book.apply(new DispatchBook.Finished(done.orderId(), done.waiterId()));
    // a second word on the same order frees no second slot
    return book.inFlight() < before ? afterSlotsFreed() : this;
  }

  private Behavior<Command> onClose(Close close) {
    if (closedReplyTo != null) {
      return this;
    }
    closedReplyTo = close.replyTo();
    nextArrival.cancel();
    LOG.info("<Cashier> Closing: no more orders handed out; {} in flight get {} s", book.inFlight(),
        Seconds.format(close.grace()));
    if (book.inFlight() == 0) {
      return finish(true, null);
    }
    timers.startSingleTimer(GraceOver.INSTANCE, close.grace());
    return this;
  }

  /**
   * Reports and stops; {@code failure} is the bug that ended the run, or null. The kitchen's
   * statistics go in first, when there is a kitchen to ask (see {@link DayReport}).
   */
  private Behavior<Command> finish(boolean stopped, String failure) {
    // The customers not taken in yet count too: those due by now waited in vain, the rest never came.
    long now = nanoClock.getAsLong();
    gate.closeTheDay(now, ledger::arrived, ledger::neverArrived);
    if (stopped) {
      ledger.stoppedAt(now); // the statistics' window runs to the stop, not to the last order done
    }
    RunReport report = ledger.report(stopped, failure);
    nextArrival.cancel();
    return DayReport.collect(report, kitchen, hasStations, ledger.windowEnd(), lateness,
        virtualTime ? null : settings, closedReplyTo, reportTo);
  }

  /**
   * An event line about one order, with that order and its waiter in the MDC: the message being
   * handled may be about another (a dispatched order frees the slot the next one is handed to).
   */
  private void logAbout(int orderId, int waiterId, String format, Object... arguments) {
    Map<String, String> outer = MDC.getCopyOfContextMap();
    MDC.put("order", Integer.toString(orderId));
    if (waiterId > 0) {
      MDC.put("waiter", Integer.toString(waiterId));
    } else { // no waiter has it yet, whichever waiter the message being handled is about
      MDC.remove("waiter");
    }
    getContext().getLog().info(ServiceEvents.EVENT, format, arguments);
    if (outer == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(outer);
    }
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
