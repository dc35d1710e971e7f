package restaurant.actors;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.ReceiveBuilder;

/**
 * The cashier's first phase: waiting for the staff. It opens when every waiter is on the floor
 * (and, with stations, the kitchen too), so the makespan measures the service, not how long a
 * hundred thousand waiters take to arrive; arrival times count from the opening.
 */
final class CashierOpening extends CashierPhase {
  CashierOpening(ActorContext<Cashier.Command> context, CashierDay day) {
    super(context, day);
  }

  @Override
  ReceiveBuilder<Cashier.Command> phase(ReceiveBuilder<Cashier.Command> builder) {
    return builder
        .onMessage(Cashier.WaiterReady.class, ready -> {
          day.waiterIn(ready);
          return openWhenAllAreIn();
        })
        .onMessage(Cashier.KitchenReady.class, ready -> {
          day.kitchenIn(ready.kitchen());
          return openWhenAllAreIn();
        })
        .onMessage(Cashier.FloorLost.class, lost -> day.floorLost(lost) ? day.finish(true, null) : openWhenAllAreIn())
        .onMessage(Cashier.Close.class, close -> { // a stop before the opening: nothing was served
          day.close(close);
          return day.finish(true, null);
        });
  }

  /** No order is out before the opening, so none comes back. */
  @Override
  Behavior<Cashier.Command> afterSlotsFreed() {
    return this;
  }

  private Behavior<Cashier.Command> openWhenAllAreIn() {
    return day.openIfAllIn() ? new CashierServing(getContext(), day) : this;
  }
}
