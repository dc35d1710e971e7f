package restaurant.actors;

/**
 * An actor throwing on purpose (restaurant.faults.*-crash-rate). Supervision restarts the actor
 * without logging a stack trace; the actor's own event line says what happened.
 */
final class SimulatedCrash extends RuntimeException {
  SimulatedCrash(String what) {
    super(what, null, false, false);
  }
}
