package restaurant.actors;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Receive;
import java.time.Duration;

/**
 * The restaurant closing (a stop): the cashier hands out nothing more and lets no customer in;
 * the orders in flight get the grace period to finish, and the day ends when the last of them is
 * done or the grace period is over, the rest pending.
 */
final class CashierClosing extends AbstractBehavior<Cashier.Command> implements FailFast.OnBug<Cashier.Command> {
  private final CashierDay day;

  CashierClosing(ActorContext<Cashier.Command> context, CashierDay day, Duration grace) {
    super(context);
    this.day = day;
    day.timers.startSingleTimer(Cashier.GraceOver.INSTANCE, grace);
  }

  @Override
  public Receive<Cashier.Command> createReceive() {
    return new FailFast<>(day.facts(newReceiveBuilder())
        .onMessage(Cashier.WaiterReady.class, ready -> {
          day.rehand(ready);
          return afterSlotsFreed();
        })
        .onMessage(Cashier.OrderDone.class, done -> day.orderDone(done) ? afterSlotsFreed() : this)
        .onMessage(Cashier.FloorLost.class, lost -> day.floorLost(lost) ? day.finish(true, null) : afterSlotsFreed())
        .onMessage(Cashier.GraceOver.class, over -> day.finish(true, null))
        .onMessage(Cashier.Close.class, close -> this) // closing already
        .onMessage(Cashier.NextArrival.class, next -> { // a wake-up already on its way: no one comes in now
          day.arrivalDue(next, false);
          return this;
        })
        .build(), this);
  }

  @Override
  public Behavior<Cashier.Command> failed(Throwable bug) {
    return day.failed(bug);
  }

  private Behavior<Cashier.Command> afterSlotsFreed() {
    if (day.book.allDone()) {
      return day.finish(false, null);
    }
    return day.book.inFlight() == 0 ? day.finish(true, null) : this;
  }
}
