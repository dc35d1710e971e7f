package restaurant.plan;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one staffing point did over its replications: latency (arrival to dispatched) mean and
 * p95, each as a mean over the replications with its 95% confidence interval, and the mean
 * utilisations.
 *
 * @param measured every replication dispatched orders after the warm-up: a point without is not judged
 */
public record PointResult(Staffing staff, Estimate latencyMean, Estimate latencyP95, double waiterUtilization,
    SortedMap<String, Double> stationUtilization, boolean measured) {
  public PointResult {
    stationUtilization = new TreeMap<>(stationUtilization);
  }

  /** The p95's upper confidence bound is within the target. */
  public boolean meets(double targetSeconds) {
    return measured && latencyP95.upper() <= targetSeconds;
  }
}
