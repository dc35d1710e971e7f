package restaurant.actors;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.ReceiveBuilder;

/**
 * The cashier open: customers come in as they are due and go to the waiter whose slot has been
 * free longest, first come first served; orders that find every slot taken wait in one queue, and
 * a slot, when it frees, takes its head at once. A restarted waiter gets its orders again. The
 * last order done ends the day; a stop closes the restaurant ({@link CashierClosing}).
 */
final class CashierServing extends CashierPhase {
  CashierServing(ActorContext<Cashier.Command> context, CashierDay day) {
    super(context, day);
  }

  @Override
  ReceiveBuilder<Cashier.Command> phase(ReceiveBuilder<Cashier.Command> builder) {
    return whileOpen(builder)
        .onMessage(Cashier.NextArrival.class, next -> {
          day.arrivalDue(next, true);
          return this;
        })
        .onMessage(Cashier.Close.class, close -> {
          day.close(close);
          return day.book.inFlight() == 0 ? day.finish(true, null)
              : new CashierClosing(getContext(), day, close.grace());
        });
  }

  /** The day may be done; else each free slot takes the head of the queue. */
  @Override
  Behavior<Cashier.Command> afterSlotsFreed() {
    if (day.book.allDone()) {
      return day.finish(false, null);
    }
    day.handOutToFreeSlots();
    return this;
  }
}
