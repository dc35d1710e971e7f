package restaurant.actors;

import akka.Done;
import akka.actor.Cancellable;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.TimerScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import restaurant.clock.SystemClock;
import restaurant.config.Settings;
import restaurant.model.Mode;
import restaurant.model.Order;
import restaurant.model.OrderSequence;
import restaurant.model.OrderOutcome;
import restaurant.model.Seconds;
import restaurant.report.LatenessMeter;
import restaurant.report.Ledger;
import restaurant.report.Progress;
import restaurant.report.RunReport;
import restaurant.report.ServiceEvents;
import restaurant.report.TraceFile;

/**
 * The cashier's day, whatever its phase ({@link CashierOpening}, {@link CashierServing},
 * {@link CashierClosing}, then {@link DayReport}): the {@link DispatchBook} (who holds what), the
 * {@link ArrivalGate} (the customers to come), the {@link Ledger} (what happened, for the report),
 * where each waiter is, and the steps every phase takes with them. Owned by the one cashier actor.
 */
final class CashierDay {
  /**
   * For the lines of every run. context.getLog() would do too, but once an actor has asked for it
   * Akka sets the MDC on each of its messages: some 6% of a million-order run (docs/benchmarks.md).
   * The event lines, only on when wanted, use it and carry the actor's path.
   */
  private static final Logger LOG = LoggerFactory.getLogger(Cashier.class);
  private final ActorContext<Cashier.Command> context;
  final TimerScheduler<Cashier.Command> timers;
  /** Who holds what, the free slots, the queue: the one source of truth of the dispatch. */
  final DispatchBook book;
  /** The day's customers, taken in as they are due. */
  private final ArrivalGate gate;
  /** What happened, for the report: it records, it decides nothing. */
  final Ledger ledger;
  private final LongSupplier nanoClock;
  private final Settings settings;
  /** On the virtual clock no timer is late: the report says nothing of lateness. */
  private final boolean virtualTime;
  /** How late the arrivals' wake-ups came, and then the kitchen's with them: on the real clock, for the report. */
  private final LatenessMeter lateness = new LatenessMeter();
  private final Consumer<RunReport> reportTo;
  /** Checked once: per-event lines and their MDC cost nothing in a --quiet run. */
  final boolean logsEvents;
  /** Each waiter, by id, as its last WaiterReady gave it: where its orders go. */
  private final List<ActorRef<Waiter.Command>> waiterRefs;
  /** With stations the cashier opens only once the kitchen is in. */
  private final boolean hasStations;
  /** The kitchen, once it said it is in: asked for its statistics at the end. */
  private ActorRef<Kitchen.Command> kitchen;
  /** Every order is there at the opening: none to wait for, nor to say it waits. */
  private final boolean atOnce;
  /** The next arrival's wake-up, cancelled when the restaurant closes. */
  private Cancellable nextArrival = Cancellable.alreadyCancelled();
  /** Who to tell once the report is out, when the restaurant was closed (a stop); null until then. */
  private ActorRef<Done> closedBy;
  private final Runnable opened;

  CashierDay(ActorContext<Cashier.Command> context, TimerScheduler<Cashier.Command> timers, Settings settings,
      LongSupplier nanoClock, Progress progress, TraceFile trace, Runnable opened, Consumer<RunReport> reportTo) {
    this.context = context;
    this.timers = timers;
    this.opened = opened;
    this.ledger = new Ledger(Mode.ACTORS, settings, progress, trace);
    this.book = new DispatchBook(settings.staff().waiters(), settings.orders().size());
    this.gate = new ArrivalGate(settings.orders().iterator(), settings.timing().timeScale(), ledger::arrived);
    this.nanoClock = nanoClock;
    this.settings = settings;
    this.virtualTime = SystemClock.virtual(context.getSystem());
    this.reportTo = reportTo;
    this.logsEvents = LOG.isInfoEnabled(ServiceEvents.EVENT);
    this.waiterRefs = new ArrayList<>(Collections.nCopies(settings.staff().waiters() + 1, null));
    this.hasStations = !settings.service().stations().isEmpty();
    this.atOnce = settings.service().arrivals().atOnce() && !OrderSequence.arrivesOverTime(settings.orders());
    LOG.info("<Cashier> {} order{} to serve", settings.orders().size(), settings.orders().size() == 1 ? "" : "s");
  }

  /**
   * A waiter on the floor, for the first time (its slots count from the opening) or restarted;
   * false for one of a floor node the cluster has downed: its word counts no more.
   */
  boolean waiterIn(Cashier.WaiterReady ready) {
    if (book.isLost(ready.waiterId())) {
      return false;
    }
    waiterRefs.set(ready.waiterId(), ready.replyTo());
    book.apply(new DispatchBook.WaiterIn(ready.waiterId(), ready.slots(), ready.incarnation()));
    return true;
  }

  void kitchenIn(ActorRef<Kitchen.Command> kitchen) {
    this.kitchen = kitchen;
  }

  /** The kitchen stopped on a bug: it will send no statistics. */
  void kitchenStopped() {
    kitchen = null;
  }

  /** Opens once every waiter (and, with stations, the kitchen) is in: the first orders arrive now. */
  boolean openIfAllIn() {
    if (!book.everyWaiterIn() || hasStations && kitchen == null) {
      return false;
    }
    long now = nanoClock.getAsLong();
    LOG.info("<Cashier> All {} waiters are in: open", book.waitersIn());
    ledger.opened(now);
    gate.opened(now);
    if (hasStations) {
      kitchen.tell(new Kitchen.Open(now, now + settings.scaled(settings.service().warmUp()).toNanos()));
    }
    book.apply(new DispatchBook.Opened());
    admitArrivals(now);
    opened.run();
    return true;
  }

  /**
   * A restarted waiter: it forgot what it held, so it gets the same orders again first, each up
   * to max-retries times (a waiter that crashes on every order must not keep the run going); an
   * order past that fails, and frees its slot.
   */
  void rehand(Cashier.WaiterReady ready) {
    if (!waiterIn(ready)) {
      return;
    }
    for (Order order : book.heldBy(ready.waiterId())) {
      book.apply(new DispatchBook.HandedAgain(order.id()));
      int times = book.timesHandedAgain(order.id());
      if (times > settings.staff().maxRetries()) {
        String reason = "its waiter crashed " + times + " times";
        book.apply(new DispatchBook.Finished(order.id(), ready.waiterId()));
        ledger.done(order.id(), ready.waiterId(), OrderOutcome.FAILED, reason, nanoClock.getAsLong());
        if (logsEvents) {
          logAbout(order.id(), ready.waiterId(), "<Cashier> [Order: {}] Failed: {}", order.id(), reason);
        }
      } else {
        ledger.handedAgain(order.id());
        ready.replyTo().tell(new Waiter.ServeOrder(order, ready.incarnation()));
      }
    }
  }

  /** The next customer is due: taken in, unless the restaurant closed. */
  void arrivalDue(Cashier.NextArrival next, boolean admitting) {
    if (!gate.wakeUpCame(next.atNanos())) {
      return; // its order was taken in already, by a slot freed at its time: a later wake-up is set
    }
    long now = nanoClock.getAsLong();
    lateness.record(next.atNanos(), now);
    if (admitting) {
      admitArrivals(now);
    }
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
    long arrival = gate.wakeUpToSet(now);
    if (arrival != ArrivalGate.NONE) {
      nextArrival = context.scheduleOnce(Duration.ofNanos(arrival - now), context.getSelf(),
          new Cashier.NextArrival(arrival));
    }
  }

  /** Each free slot takes the head of the queue: the orders waiting, then the customers due at the door. */
  void handOutToFreeSlots() {
    long now = nanoClock.getAsLong();
    while (book.hasFreeSlot()) {
      Order next = book.nextWaiting() != null ? book.nextWaiting() : gate.takeDue(now);
      if (next == null) {
        break;
      }
      handOut(book.nextFreeWaiter(), next);
    }
    wakeForTheNextArrival(now);
  }

  private void handOut(int waiterId, Order order) {
    book.apply(new DispatchBook.HandedOut(order, waiterId));
    ledger.handedOut(order, waiterId, nanoClock.getAsLong());
    if (logsEvents) {
      logAbout(order.id(), waiterId, "<Cashier> [Order: {}] Handed to waiter {}", order.id(), waiterId);
    }
    waiterRefs.get(waiterId).tell(new Waiter.ServeOrder(order, book.incarnation(waiterId)));
  }

  /** A waiter is done with an order; true when that freed its slot (a second word on it frees none). */
  boolean orderDone(Cashier.OrderDone done) {
    if (book.isLost(done.waiterId())) {
      LOG.debug("<Cashier> [Order: {}] Late word from waiter {}, lost with its node: ignored", done.orderId(),
          done.waiterId());
      return false;
    }
    ledger.done(done.orderId(), done.waiterId(), done.outcome(), done.reason(), nanoClock.getAsLong());
    if (logsEvents && done.outcome() == OrderOutcome.DISPATCHED) {
      logAbout(done.orderId(), done.waiterId(), "<Cashier> [Order: {}] Dispatched by waiter {}", done.orderId(),
          done.waiterId());
    } else if (logsEvents) {
      logAbout(done.orderId(), done.waiterId(), "<Cashier> [Order: {}] Failed, reported by waiter {}: {}",
          done.orderId(), done.waiterId(), done.reason());
    }
    int before = book.inFlight();
    book.apply(new DispatchBook.Finished(done.orderId(), done.waiterId()));
    return book.inFlight() < before;
  }

  /**
   * A floor node is gone: its waiters' orders wait again, at the head of the queue, for the
   * waiters left. None is served twice: the ledger forgets who held them, and what the lost
   * waiters may still say is ignored. True when no waiter is left: the run stops (exit 4).
   */
  boolean floorLost(Cashier.FloorLost lost) {
    long now = nanoClock.getAsLong();
    DispatchBook.WaitersLost gone = new DispatchBook.WaitersLost(lost.firstWaiter(), lost.lastWaiter());
    List<Order> orphans = book.orphansOf(gone);
    int waitersLost = book.newlyLost(gone);
    book.apply(gone);
    orphans.forEach(order -> ledger.lost(order.id(), now));
    boolean noWaiterLeft = book.noWaiterLeft();
    ledger.nodeLost(lost.node(), waitersLost, noWaiterLeft ? 0 : orphans.size(), now);
    if (noWaiterLeft) {
      LOG.error("<Cashier> Floor node {} is gone with waiters {} to {}, the last: no waiter is left for the orders"
          + " not done", lost.node(), lost.firstWaiter(), lost.lastWaiter());
    } else if (!book.isOpen()) { // it joined, then died: the restaurant opens with the waiters left
      LOG.warn("<Cashier> Floor node {} is gone with waiters {} to {} before the opening", lost.node(),
          lost.firstWaiter(), lost.lastWaiter());
    } else {
      LOG.warn("<Cashier> Floor node {} is gone with waiters {} to {}: its {} orders go to other waiters",
          lost.node(), lost.firstWaiter(), lost.lastWaiter(), orphans.size());
    }
    return noWaiterLeft;
  }

  /** The restaurant closes: no order is handed out any more, nor any customer let in. */
  void close(Cashier.Close close) {
    if (closedBy == null) {
      closedBy = close.replyTo();
    }
    nextArrival.cancel();
    LOG.info("<Cashier> Closing: no more orders handed out; {} in flight get {} s", book.inFlight(),
        Seconds.format(close.grace()));
  }

  /**
   * The day is over: reports and stops; {@code failure} is the bug that ended the run, or null.
   * The kitchen's figures go in first, when there is a kitchen to ask (see {@link DayReport}).
   */
  Behavior<Cashier.Command> finish(boolean stopped, String failure) {
    // The customers due by now and not taken in count too: they waited in vain. The rest never came.
    long now = nanoClock.getAsLong();
    gate.closeTheDay(now, ledger::arrived);
    if (stopped) {
      ledger.stoppedAt(now); // the statistics' window runs to the stop, not to the last order done
    }
    RunReport report = ledger.report(stopped, failure);
    nextArrival.cancel();
    return DayReport.collect(report, kitchen, hasStations, ledger.windowEnd(), lateness, ledger.overruns(),
        virtualTime ? null : settings, closedBy, reportTo);
  }

  private void logAbout(int orderId, int waiterId, String format, Object... arguments) {
    ServiceEvents.aboutOrder(context.getLog(), orderId, waiterId, format, arguments);
  }
}
