package restaurant.actors;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.ReceiveBuilder;
import java.time.Duration;

/**
 * The restaurant closing (a stop): the cashier hands out nothing more and lets no customer in;
 * the orders in flight get the grace period to finish, and the day ends when the last of them is
 * done or the grace period is over, the rest pending.
 */
final class CashierClosing extends CashierPhase {
  CashierClosing(ActorContext<Cashier.Command> context, CashierDay day, Duration grace) {
    super(context, day);
    day.timers.startSingleTimer(Cashier.GraceOver.INSTANCE, grace);
  }

  @Override
  ReceiveBuilder<Cashier.Command> phase(ReceiveBuilder<Cashier.Command> builder) {
    return whileOpen(builder)
        .onMessage(Cashier.GraceOver.class, over -> day.finish(true, null))
        .onMessage(Cashier.Close.class, close -> this) // closing already
        .onMessage(Cashier.NextArrival.class, next -> { // a wake-up already on its way: no one comes in now
          day.arrivalDue(next, false);
          return this;
        });
  }

  /** The day ends with the last order done, or the last in flight. */
  @Override
  Behavior<Cashier.Command> afterSlotsFreed() {
    return day.book.allDone() ? day.finish(false, null) : day.book.inFlight() == 0 ? day.finish(true, null) : this;
  }
}
