package restaurant.report;

import java.util.List;

/**
 * One kitchen station over the statistics' window (after the warm-up to the end of the run).
 *
 * @param utilization    the share of its cooks' time spent cooking, 0 to 1
 * @param meanQueue      products waiting for a cook, on average over time (time-weighted)
 * @param maxQueue       the most products that waited at once
 * @param meanWaitSeconds a product's wait for a cook, cooking excluded (Wq), on average; null if none was made
 * @param p95WaitSeconds 95% of products waited no longer; null if none was made
 * @param made           products a cook took after the warm-up
 * @param queueSeries    the queue over time, [seconds from the opening, length]: for charts
 * @param busySeries     its cooks at work over time, the same way: the timeline's density
 * @param cooked         each product made, by which cook, when: for runs of up to {@link Ledger#LISTED_UP_TO} orders
 */
public record StationReport(String name, int cooks, List<String> products, double utilization, double meanQueue,
    int maxQueue, Double meanWaitSeconds, Double p95WaitSeconds, long made, List<double[]> queueSeries,
    List<double[]> busySeries, List<CookedProduct> cooked) {
  public StationReport {
    products = List.copyOf(products);
    queueSeries = List.copyOf(queueSeries);
    busySeries = List.copyOf(busySeries);
    cooked = List.copyOf(cooked);
  }
}
