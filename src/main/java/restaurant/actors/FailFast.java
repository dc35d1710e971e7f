package restaurant.actors;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.Signal;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;

/**
 * Ends the run on a bug. An actor's message handlers, wrapped: a simulated crash passes on to the
 * supervisor, which restarts the actor; anything else the actor throws is a bug. Akka's default
 * would stop the actor and leave its orders waiting for ever; here the actor's {@link OnBug}
 * takes over: a waiter or the kitchen logs the bug with its stack trace (the console shows one
 * line, logs/restaurant.log the trace), tells the cashier and stops; the cashier reports what it
 * has and stops, which ends the run with exit code 1.
 *
 * <p>Why a wrapper of the handlers and not a watch or an interceptor: watching every waiter, or
 * wrapping each in an interceptor, costs some 200 bytes per waiter; this costs one small object.
 */
final class FailFast<T> extends Receive<T> {
  /** What an actor does about a bug in its own handling; returns the behavior it ends with. */
  interface OnBug<T> {
    Behavior<T> failed(Throwable bug);
  }

  private final Receive<T> handlers;
  private final OnBug<T> onBug;

  FailFast(Receive<T> handlers, OnBug<T> onBug) {
    this.handlers = handlers;
    this.onBug = onBug;
  }

  // The same guard twice, written out: a shared helper would take a lambda, one more object per
  // message on the hot path.
  @Override
  public Behavior<T> receiveMessage(T message) {
    try {
      return handlers.receiveMessage(message);
    } catch (SimulatedCrash crash) { // for the supervisor
      throw crash;
    } catch (Exception | Error bug) {
      return onBug.failed(bug);
    }
  }

  @Override
  public Behavior<T> receiveSignal(Signal signal) {
    try {
      return handlers.receiveSignal(signal);
    } catch (SimulatedCrash crash) { // for the supervisor
      throw crash;
    } catch (Exception | Error bug) {
      return onBug.failed(bug);
    }
  }

  /** A waiter's or the kitchen's way out: log the bug, tell the cashier, who ends the run, and stop. */
  static <T> Behavior<T> tellTheCashier(ActorContext<T> context, String actor, ActorRef<Cashier.Command> cashier,
      Throwable bug) {
    context.getLog().error("{} failed on a bug: {}; the run stops", actor, bug.toString(), bug);
    cashier.tell(new Cashier.ActorFailed(actor, bug.toString()));
    return Behaviors.stopped();
  }
}
