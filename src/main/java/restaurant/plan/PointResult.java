package restaurant.plan;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one staffing point did over its replications: latency (arrival to dispatched) mean and
 * p95, each as a mean over the replications with its 95% confidence interval, and the mean
 * utilisations. The p95 is the time within which 95% of customers got their food: a failed
 * order counts as never served.
 *
 * @param latencyMean   null when a replication dispatched no order after the warm-up
 * @param latencyP95    null when a replication had nothing measured, or more than 5% of its orders failed
 * @param failedShare   the failed orders' share of those counted, on average over the replications
 */
public record PointResult(Staffing staff, Estimate latencyMean, Estimate latencyP95, double failedShare,
    double waiterUtilization, SortedMap<String, Double> stationUtilization) {
  public PointResult {
    stationUtilization = new TreeMap<>(stationUtilization);
  }

  /** Every replication was measured: the point can be judged. */
  public boolean measured() {
    return latencyP95 != null;
  }

  /** The p95's upper confidence bound is within the target. */
  public boolean meets(double targetSeconds) {
    return measured() && latencyP95.upper() <= targetSeconds;
  }
}
