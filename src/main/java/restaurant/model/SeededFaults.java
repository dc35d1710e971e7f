package restaurant.model;

/** The faults of a run: each a {@link Chance} draw from the seed and what it is about. */
record SeededFaults(long seed, double burnRate, double waiterCrashRate, double kitchenCrashRate)
    implements FaultPlan {
  /** Keep the kitchen's draws apart from the burn draws and the waiters'. */
  private static final long KITCHEN_TAKING = 0x6B69746368656EL << 16;
  private static final long KITCHEN_SERVING = 0x7365727665L << 24;

  @Override
  public boolean burns(int orderId, int item, int attempt) {
    return burnRate > 0 && Chance.draw(seed, orderId, item, attempt) < burnRate;
  }

  @Override
  public boolean waiterCrashes(int waiterId, int incarnation, int orderId, int item, int attempt) {
    return waiterCrashRate > 0
        && Chance.draw(seed, ((long) waiterId << 20) + incarnation, orderId, detail(item, attempt)) < waiterCrashRate;
  }

  @Override
  public boolean kitchenCrashes(int incarnation, KitchenStep step, int orderId, int item, int attempt) {
    long salt = step == KitchenStep.TAKING ? KITCHEN_TAKING : KITCHEN_SERVING;
    return kitchenCrashRate > 0
        && Chance.draw(seed, salt + incarnation, orderId, detail(item, attempt)) < kitchenCrashRate;
  }

  @Override
  public boolean waitersMayCrash() {
    return waiterCrashRate > 0;
  }

  @Override
  public boolean kitchenMayCrash() {
    return kitchenCrashRate > 0;
  }

  /** One key for an item's attempt; -1 for a whole order. */
  private static long detail(int item, int attempt) {
    return item == FaultPlan.WHOLE_ORDER ? -1 : item * 1024L + attempt;
  }
}
