package restaurant.actors;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Receive;

/**
 * The cashier open: customers come in as they are due and go to the waiter whose slot has been
 * free longest, first come first served; orders that find every slot taken wait in one queue, and
 * a slot, when it frees, takes its head at once. A restarted waiter gets its orders again. The
 * last order done ends the day; a stop closes the restaurant ({@link CashierClosing}).
 */
final class CashierServing extends AbstractBehavior<Cashier.Command> implements FailFast.OnBug<Cashier.Command> {
  private final CashierDay day;

  CashierServing(ActorContext<Cashier.Command> context, CashierDay day) {
    super(context);
    this.day = day;
  }

  @Override
  public Receive<Cashier.Command> createReceive() {
    return new FailFast<>(day.facts(newReceiveBuilder())
        .onMessage(Cashier.WaiterReady.class, ready -> {
          day.rehand(ready);
          return afterSlotsFreed();
        })
        .onMessage(Cashier.NextArrival.class, next -> {
          day.arrivalDue(next, true);
          return this;
        })
        .onMessage(Cashier.OrderDone.class, done -> day.orderDone(done) ? afterSlotsFreed() : this)
        .onMessage(Cashier.FloorLost.class, lost -> day.floorLost(lost) ? day.finish(true, null) : afterSlotsFreed())
        .onMessage(Cashier.Close.class, close -> {
          day.close(close);
          return day.book.inFlight() == 0 ? day.finish(true, null)
              : new CashierClosing(getContext(), day, close.grace());
        })
        .build(), this);
  }

  @Override
  public Behavior<Cashier.Command> failed(Throwable bug) {
    return day.failed(bug);
  }

  /** Slots were freed (or orders came back): the day may be done; else each free slot takes the head of the queue. */
  private Behavior<Cashier.Command> afterSlotsFreed() {
    if (day.book.allDone()) {
      return day.finish(false, null);
    }
    day.handOutToFreeSlots();
    return this;
  }
}
