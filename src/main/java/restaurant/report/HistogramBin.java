package restaurant.report;

/** One bin of a histogram of times: how many fell above the bin before and up to {@code upToSeconds}. */
public record HistogramBin(double upToSeconds, long count) {}
