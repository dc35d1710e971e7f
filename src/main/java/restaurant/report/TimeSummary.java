package restaurant.report;

/**
 * How a time is spread over the orders (or products) it was measured on, in simulated seconds.
 * Mean and max are exact; the percentiles are HdrHistogram's, to four significant digits. A report
 * has none (null) where nothing was measured: no 0 that would pass for a time.
 */
public record TimeSummary(long count, double mean, double p50, double p90, double p95, double p99, double max) {}
