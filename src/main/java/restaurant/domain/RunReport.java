package restaurant.domain;

import java.util.List;

/**
 * The outcome of a run. Times are simulated seconds (wall time divided by the time-scale);
 * {@code wallMillis} is the makespan as it really passed.
 */
public record RunReport(
    String mode,
    int waiters,
    int maxOpenOrders,
    double timeScale,
    double makespanSeconds,
    double wallMillis,
    double sequentialSeconds,
    double floorSeconds,
    List<ServedOrder> orders) {

  public RunReport {
    orders = List.copyOf(orders);
  }

  /** How many times faster than one blocking waiter doing everything in turn. */
  public double speedUp() {
    return sequentialSeconds / makespanSeconds;
  }
}
