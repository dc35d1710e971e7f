package restaurant.actors;

import restaurant.model.FaultPlan;

/**
 * A {@link FaultPlan} a test writes out, such as "the kitchen crashes taking the first burger":
 * what burns, and when a waiter or the kitchen crashes. Nothing else goes wrong.
 */
record ScriptedFaults(Burns burns, WaiterCrash waiterCrash, KitchenCrash kitchenCrash) implements FaultPlan {
  interface Burns {
    boolean test(int orderId, int item, int attempt);
  }

  interface WaiterCrash {
    boolean test(int waiterId, int incarnation, int orderId, int item, int attempt);
  }

  interface KitchenCrash {
    boolean test(int incarnation, KitchenStep step, int orderId, int item, int attempt);
  }

  static ScriptedFaults burning(Burns burns) {
    return new ScriptedFaults(burns, null, null);
  }

  static ScriptedFaults crashingWaiters(WaiterCrash crash) {
    return new ScriptedFaults(null, crash, null);
  }

  static ScriptedFaults crashingTheKitchen(KitchenCrash crash) {
    return new ScriptedFaults(null, null, crash);
  }

  @Override
  public boolean burns(int orderId, int item, int attempt) {
    return burns != null && burns.test(orderId, item, attempt);
  }

  @Override
  public boolean waiterCrashes(int waiterId, int incarnation, int orderId, int item, int attempt) {
    return waiterCrash != null && waiterCrash.test(waiterId, incarnation, orderId, item, attempt);
  }

  @Override
  public boolean kitchenCrashes(int incarnation, KitchenStep step, int orderId, int item, int attempt) {
    return kitchenCrash != null && kitchenCrash.test(incarnation, step, orderId, item, attempt);
  }

  @Override
  public boolean waitersMayCrash() {
    return waiterCrash != null;
  }

  @Override
  public boolean kitchenMayCrash() {
    return kitchenCrash != null;
  }
}
