package restaurant.report;

import org.HdrHistogram.Histogram;

/**
 * A streaming record of times: memory that does not grow with how many are recorded. Times go in
 * as simulated microseconds; an HdrHistogram of four significant digits gives the percentiles
 * (within 0.01%), and the exact sum and maximum are kept beside it.
 */
final class TimeSpread {
  private static final int SIGNIFICANT_DIGITS = 4;
  private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
  private long count;
  private double sumSeconds;
  private double maxSeconds;

  void record(double seconds) {
    double time = Math.max(0, seconds);
    histogram.recordValue(Math.round(time * 1e6));
    count++;
    sumSeconds += time;
    maxSeconds = Math.max(maxSeconds, time);
  }

  long count() {
    return count;
  }

  double sumSeconds() {
    return sumSeconds;
  }

  TimeSummary summary() {
    if (count == 0) {
      return TimeSummary.NONE;
    }
    return new TimeSummary(count, sumSeconds / count, percentile(50), percentile(90), percentile(95), percentile(99),
        maxSeconds);
  }

  /** A bucket's highest value can pass the largest time recorded: never reported above it. */
  private double percentile(double percent) {
    return Math.min(maxSeconds, histogram.getValueAtPercentile(percent) / 1e6);
  }
}
