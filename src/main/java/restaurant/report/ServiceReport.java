package restaurant.report;

import java.util.List;

/**
 * The service's statistics, over the window from the end of the warm-up to the last order done.
 * Orders that arrived during the warm-up are served but left out.
 *
 * @param arrivals          how customers came in: "at-once" or "poisson"
 * @param windowSeconds     the length of the statistics' window
 * @param latencySeconds    arrival to dispatched, for the dispatched orders; null if none
 * @param waitSeconds       arrival to handed to a waiter, for the orders handed out; null if none
 * @param failedOrders      orders that failed (no customer got food), of those counted
 * @param p95ServedSeconds  the p95 of the time to food with the failed orders counted as never
 *                          served: the sweep's measure; null when more than 5% failed, or none was done
 * @param littlesLaw        null for a window of no length
 * @param latencyHistogram  the latencies in 50 equal bins from 0 to the largest: for charts
 * @param queueSeries       the cashier's queue (orders arrived, not handed out) over time, as
 *                          [seconds from the opening, length] at most 513 points: for charts
 * @param busySeries        waiter slots holding an order over time, the same way: the timeline's
 *                          density, for runs too long to draw an order each
 * @param waiterUtilization busy slot-time over slot-time: the share of the waiters' slots holding an order
 * @param ordersPerHour     orders dispatched in the window, per hour of it
 */
public record ServiceReport(String arrivals, double warmUpSeconds, double windowSeconds, TimeSummary latencySeconds,
    TimeSummary waitSeconds, long failedOrders, Double p95ServedSeconds, double waiterUtilization,
    double ordersPerHour, LittlesLaw littlesLaw, List<StationReport> stations, List<HistogramBin> latencyHistogram,
    List<double[]> queueSeries, List<double[]> busySeries) {
  /** The bins of the latency histogram. */
  public static final int HISTOGRAM_BINS = 50;

  public ServiceReport {
    stations = List.copyOf(stations);
    latencyHistogram = List.copyOf(latencyHistogram);
    queueSeries = List.copyOf(queueSeries);
    busySeries = List.copyOf(busySeries);
  }

  public ServiceReport withStations(List<StationReport> measured) {
    return new ServiceReport(arrivals, warmUpSeconds, windowSeconds, latencySeconds, waitSeconds, failedOrders,
        p95ServedSeconds, waiterUtilization, ordersPerHour, littlesLaw, measured, latencyHistogram, queueSeries,
        busySeries);
  }
}
