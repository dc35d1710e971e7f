package restaurant.actors;

import akka.actor.typed.Behavior;
import akka.actor.typed.SupervisorStrategy;
import akka.actor.typed.javadsl.Behaviors;

/**
 * An actor throwing on purpose (restaurant.faults.*-crash-rate). Supervision restarts the actor
 * without logging a stack trace; the actor's own event line says what happened.
 */
final class SimulatedCrash extends RuntimeException {
  SimulatedCrash(String what) {
    super(what, null, false, false);
  }

  /**
   * Restarted at once on a simulated crash; anything else passes on to {@link FailFast}. Not with
   * backoff: backoff gives a failing resource (a database, a remote service) time to recover, but
   * these crashes are independent accidents, and every moment a waiter is away its orders wait.
   * When nothing can crash, no supervisor: it is an interceptor every message would pass through.
   */
  static <T> Behavior<T> restarting(Behavior<T> behavior, boolean mayCrash) {
    return mayCrash
        ? Behaviors.supervise(behavior).onFailure(SimulatedCrash.class,
            SupervisorStrategy.restart().withLoggingEnabled(false))
        : behavior;
  }
}
