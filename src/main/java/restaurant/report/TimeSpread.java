package restaurant.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * A streaming record of times. Times go in as simulated microseconds, rounded up; the exact sum,
 * minimum and maximum are kept beside them. The percentiles are an HdrHistogram's of four
 * significant digits: a percentile is never reported below the true one, nor above the largest
 * time, so a target compared with it can be missed by the histogram's precision, never met by it.
 *
 * <p>Up to {@link #EXACT_TIMES} times are kept as they are, and the histogram's answers worked
 * out from them (its buckets depend on nothing else): a day of a sweep then costs a sort of a few
 * hundred numbers, not a histogram of megabytes grown to its longest wait. Past that many the
 * times go into the histogram itself, and memory no longer grows with how many are recorded.
 */
final class TimeSpread {
  static final int EXACT_TIMES = 1 << 20;
  private static final int SIGNIFICANT_DIGITS = 4;
  /** Its buckets only (which values are equivalent): they depend on the precision, not on what was recorded. */
  private static final Histogram BUCKETS = new Histogram(SIGNIFICANT_DIGITS);

  private final int exactTimes;
  private long[] micros = new long[64];
  private boolean sorted = true;
  private Histogram histogram; // once more than exactTimes were recorded
  private long count;
  private double sumSeconds;
  private double maxSeconds;
  private double minSeconds = Double.MAX_VALUE;

  TimeSpread() {
    this(EXACT_TIMES);
  }

  /** @param exactTimes how many times are kept as they are before the histogram takes them */
  TimeSpread(int exactTimes) {
    this.exactTimes = exactTimes;
  }

  void record(double seconds) {
    double time = Math.max(0, seconds);
    long value = microsUp(time);
    if (histogram != null) {
      histogram.recordValue(value);
    } else if (count < exactTimes) {
      if (count == micros.length) {
        micros = Arrays.copyOf(micros, (int) Math.min(exactTimes, 2 * count));
      }
      sorted &= count == 0 || micros[(int) count - 1] <= value;
      micros[(int) count] = value;
    } else {
      histogram = new Histogram(SIGNIFICANT_DIGITS);
      for (int kept = 0; kept < count; kept++) {
        histogram.recordValue(micros[kept]);
      }
      micros = null;
      histogram.recordValue(value);
    }
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
   * A bin holds the histogram buckets from {@code from}'s to {@code to}'s, less {@code from}'s own.
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
      bins.add(new HistogramBin(to / 1e6, countBetween(from, to) - (from == 0 ? 0 : countBetween(from, from))));
      from = to;
    }
    return bins;
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
    double seconds = valueAtPercentile(percent) / 1e6;
    return Math.max(minSeconds, Math.min(maxSeconds, seconds));
  }

  /**
   * HdrHistogram's {@code getValueAtPercentile} (for a percentile above 0): the top of the bucket
   * of the nearest-rank time, the rank worked out as HdrHistogram does.
   */
  private long valueAtPercentile(double percent) {
    if (histogram != null) {
      return histogram.getValueAtPercentile(percent);
    }
    double requested = Math.min(Math.max(Math.nextAfter(percent, Double.NEGATIVE_INFINITY), 0), 100);
    long rank = Math.max(1, (long) Math.ceil(requested * count / 100));
    return BUCKETS.highestEquivalentValue(sortedTimes()[(int) Math.min(rank, count) - 1]);
  }

  /** HdrHistogram's {@code getCountBetweenValues}: the times in the buckets from {@code low}'s to {@code high}'s. */
  private long countBetween(long low, long high) {
    if (histogram != null) {
      return histogram.getCountBetweenValues(low, high);
    }
    long[] times = sortedTimes();
    return firstAbove(times, BUCKETS.highestEquivalentValue(high)) - firstAbove(times, BUCKETS.lowestEquivalentValue(low) - 1);
  }

  /** How many of the sorted times are at most {@code value}. */
  private int firstAbove(long[] times, long value) {
    int low = 0;
    int high = (int) count;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (times[middle] <= value) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private long[] sortedTimes() {
    if (!sorted) {
      Arrays.sort(micros, 0, (int) count);
      sorted = true;
    }
    return micros;
  }

  /** Whole microseconds, rounded up: a time recorded is never below the time itself. */
  private static long microsUp(double seconds) {
    return (long) Math.ceil(seconds * 1e6);
  }
}
