package restaurant.report;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * A streaming record of times: memory that does not grow with how many are recorded. Times go in
 * as simulated microseconds, rounded up; an HdrHistogram of four significant digits gives the
 * percentiles, and the exact sum, minimum and maximum are kept beside it. A percentile is never
 * reported below the true one, nor above the largest time: a target compared with it can be missed
 * by the histogram's precision, never met by it.
 */
final class TimeSpread {
  private static final int SIGNIFICANT_DIGITS = 4;
  private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
  private long count;
  private double sumSeconds;
  private double maxSeconds;
  private double minSeconds = Double.MAX_VALUE;

  void record(double seconds) {
    double time = Math.max(0, seconds);
    histogram.recordValue(microsUp(time));
    count++;
    sumSeconds += time;
    maxSeconds = Math.max(maxSeconds, time);
    minSeconds = Math.min(minSeconds, time);
  }

  long count() {
    return count;
  }

  double sumSeconds() {
    return sumSeconds;
  }

  /**
   * The times in {@code buckets} equal bins from 0 to the largest: each bin's upper edge and how
   * many times fell in it (a chart's histogram, and by adding up its CDF); none when nothing was recorded.
   */
  List<HistogramBin> bins(int buckets) {
    List<HistogramBin> bins = new ArrayList<>();
    if (count == 0) {
      return bins;
    }
    long top = Math.max(1, microsUp(maxSeconds));
    long from = 0;
    for (int b = 1; b <= buckets; b++) {
      long to = b == buckets ? top : Math.round(top * (double) b / buckets);
      bins.add(new HistogramBin(to / 1e6, histogram.getCountBetweenValues(from, to) - (from == 0 ? 0 : countAt(from))));
      from = to;
    }
    return bins;
  }

  private long countAt(long value) {
    return histogram.getCountAtValue(value);
  }

  /** The spread, or null when nothing was recorded. */
  TimeSummary summary() {
    if (count == 0) {
      return null;
    }
    return new TimeSummary(count, sumSeconds / count, percentile(50), percentile(90), percentile(95), percentile(99),
        maxSeconds);
  }

  /**
   * The percentile of these times and {@code never} more that never ended (failed orders: no
   * customer got food), or null when it falls among those or nothing was recorded: the p95 of
   * "within how long did customers get their food".
   */
  Double percentileCountingNever(double percent, long never) {
    long all = count + never;
    long rank = (long) Math.ceil(percent / 100 * all);
    if (all == 0 || rank > count) {
      return null;
    }
    return percentile(100.0 * rank / count);
  }

  /**
   * The top of the percentile's bucket (at most a bucket, 0.006%, above the true time, never
   * below it), and never above the largest time recorded: one order's p50 is its time, and with
   * three of four orders at 7.5 s the p95 is 7.5 s, not a microsecond less.
   */
  private double percentile(double percent) {
    // HdrHistogram gives the highest value equivalent to the nearest-rank percentile's bucket
    double seconds = histogram.getValueAtPercentile(percent) / 1e6;
    return Math.max(minSeconds, Math.min(maxSeconds, seconds));
  }

  /** Whole microseconds, rounded up: a time recorded is never below the time itself. */
  private static long microsUp(double seconds) {
    return (long) Math.ceil(seconds * 1e6);
  }
}
