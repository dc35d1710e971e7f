package restaurant.report;

/**
 * How a time is spread over the orders (or products) it was measured on, in simulated seconds.
 * Mean and max are exact; the percentiles are HdrHistogram's, to four significant digits. All 0
 * when nothing was measured.
 */
public record TimeSummary(long count, double mean, double p50, double p90, double p95, double p99, double max) {
  public static final TimeSummary NONE = new TimeSummary(0, 0, 0, 0, 0, 0, 0);
}
