package restaurant.actors;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.ReceiveBuilder;

/**
 * What every phase of the cashier does alike: it takes down the facts as they come (restarts,
 * burns, products ordered again, wrong products), ends the day on a bug or a stuck clock, and once
 * open, takes back the orders of a restarted waiter, an order done, a floor node lost. Each phase
 * adds its own messages and says what freed slots mean to it.
 */
abstract class CashierPhase extends AbstractBehavior<Cashier.Command> implements FailFast.OnBug<Cashier.Command> {
  final CashierDay day;

  CashierPhase(ActorContext<Cashier.Command> context, CashierDay day) {
    super(context);
    this.day = day;
  }

  @Override
  public final Receive<Cashier.Command> createReceive() {
    return new FailFast<>(phase(newReceiveBuilder()
        .onMessage(Cashier.Restarted.class, restarted -> {
          day.ledger.restarted(restarted.role());
          return this;
        })
        .onMessage(Cashier.Burnt.class, burnt -> {
          day.ledger.productBurnt();
          return this;
        })
        .onMessage(Cashier.OrderedAgain.class, again -> {
          day.ledger.orderedAgain(again.orderId(), again.burnt());
          return this;
        })
        .onMessage(Cashier.WrongProduct.class, wrong -> {
          day.ledger.wrongProduct(wrong.orderId(), wrong.product(), wrong.waiterId());
          return this;
        })
        .onMessage(Cashier.ActorFailed.class, this::onActorFailed)
        .onMessage(Cashier.Stuck.class, stuck -> onStuck()))
        .build(), this);
  }

  /** The phase's own messages. */
  abstract ReceiveBuilder<Cashier.Command> phase(ReceiveBuilder<Cashier.Command> builder);

  /** A bug in the cashier itself: it reports what it has, so the run still ends with a report. */
  @Override
  public Behavior<Cashier.Command> failed(Throwable bug) {
    getContext().getLog().error("Cashier failed on a bug: {}; the run stops", bug.toString(), bug);
    return day.finish(true, "Cashier failed: " + bug);
  }

  private Behavior<Cashier.Command> onActorFailed(Cashier.ActorFailed failed) {
    getContext().getLog().error("<Cashier> {} stopped on a bug; closing with {} orders in flight", failed.actor(),
        day.book.inFlight());
    if ("Kitchen".equals(failed.actor())) {
      day.kitchenStopped();
    }
    return day.finish(true, failed.actor() + " failed: " + failed.bug());
  }

  private Behavior<Cashier.Command> onStuck() {
    int pending = day.book.pending();
    getContext().getLog().error("<Cashier> The simulation is stuck: nothing left to happen, {} orders pending",
        pending);
    return day.finish(true, "the simulation is stuck: nothing left to happen, with " + pending + " orders pending ("
        + day.book.inFlight() + " handed out, " + (pending - day.book.inFlight()) + " never handed out)");
  }

  /** Once open: a restarted waiter's orders, an order done, a floor node lost; then what freed slots mean here. */
  ReceiveBuilder<Cashier.Command> whileOpen(ReceiveBuilder<Cashier.Command> builder) {
    return builder
        .onMessage(Cashier.WaiterReady.class, ready -> {
          day.rehand(ready);
          return afterSlotsFreed();
        })
        .onMessage(Cashier.OrderDone.class, done -> day.orderDone(done) ? afterSlotsFreed() : this)
        .onMessage(Cashier.FloorLost.class, lost -> day.floorLost(lost) ? day.finish(true, null) : afterSlotsFreed());
  }

  /** Slots were freed, or orders came back to the queue: what that means in this phase. */
  abstract Behavior<Cashier.Command> afterSlotsFreed();
}
