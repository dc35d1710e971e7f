package restaurant.model;

/**
 * Decides what goes wrong, and where: which products burn, when a waiter or the kitchen's cook
 * crashes. The actors ask it and act on the answer; they never draw chances themselves. A run
 * uses {@link #seeded}; a test scripts its own ("the kitchen crashes on the first request").
 *
 * <p>An {@code item} is a product's place in its order and {@code attempt} counts the times it
 * was ordered again after burning; {@code incarnation} counts the actor's restarts so far, so a
 * message that crashed an actor once need not crash it again.
 */
public interface FaultPlan {
  /** The item a waiter is handling when it takes a whole order rather than one product. */
  int WHOLE_ORDER = -1;

  /** Where the kitchen's cook is when it may crash. */
  enum KitchenStep {
    /** Taking a request, before it is on a station: the request is lost. */
    TAKING,
    /** Serving a product that is due: it went out, the rest waits for the restart. */
    SERVING
  }

  /** Nothing goes wrong. */
  FaultPlan NONE = seeded(0, 0, 0, 0);

  boolean burns(int orderId, int item, int attempt);

  boolean waiterCrashes(int waiterId, int incarnation, int orderId, int item, int attempt);

  boolean kitchenCrashes(int incarnation, KitchenStep step, int orderId, int item, int attempt);

  /** False when no waiter can crash: they then run without a supervisor, which costs per message. */
  boolean waitersMayCrash();

  boolean kitchenMayCrash();

  /**
   * Faults drawn at the given rates from the seed and what each message is about, never from a
   * clock: the same seed gives the same faults at the same points in every run, however the
   * threads interleave.
   */
  static FaultPlan seeded(long seed, double burnRate, double waiterCrashRate, double kitchenCrashRate) {
    return new SeededFaults(seed, burnRate, waiterCrashRate, kitchenCrashRate);
  }
}
