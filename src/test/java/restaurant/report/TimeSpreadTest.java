package restaurant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Percentiles a target can be compared with: never below the true one, never above the largest time. */
class TimeSpreadTest {

  /** The nearest-rank percentile of the times, worked out by sorting them. */
  private static double exactPercentile(double[] times, double percent) {
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.max(1, rank) - 1];
  }

  @Test
  void threeOrdersOfFourAtExactlyTheTargetGiveAP95OfExactlyTheTarget() {
    TimeSpread spread = new TimeSpread();
    for (double seconds : new double[] {1.2, 7.5, 7.5, 7.5}) {
      spread.record(seconds);
    }

    TimeSummary summary = spread.summary();

    assertEquals(7.5, summary.p95()); // the histogram's bucket middle read 7.499904: a target of 7.49995 s "met"
    assertEquals(7.5, summary.p50());
    assertEquals(7.5, summary.max());
  }

  @Test
  void everyPercentileIsAtOrAboveTheTrueOneAndAtOrBelowTheMax() {
    SplittableRandom random = new SplittableRandom(5);
    for (int run = 0; run < 200; run++) {
      int count = 1 + random.nextInt(500);
      double[] times = new double[count];
      TimeSpread spread = new TimeSpread();
      for (int i = 0; i < count; i++) {
        times[i] = random.nextInt(4) == 0 ? 7.5 : -Math.log1p(-random.nextDouble()) * 300; // ties and spread
        spread.record(times[i]);
      }
      TimeSummary summary = spread.summary();
      double[][] reported = {{50, summary.p50()}, {90, summary.p90()}, {95, summary.p95()}, {99, summary.p99()}};
      for (double[] percentile : reported) {
        double exact = exactPercentile(times, percentile[0]);
        String what = "p" + percentile[0] + " of " + count + " times: " + percentile[1] + " against " + exact;
        assertTrue(percentile[1] >= exact, what);
        assertTrue(percentile[1] <= summary.max(), what);
        assertTrue(percentile[1] <= exact * 1.0002 + 2e-6, what); // within the histogram's precision
      }
    }
  }

  @Test
  void theP95CountingFailedOrdersAsNeverServedIsConservativeToo() {
    TimeSpread spread = new TimeSpread();
    for (int i = 0; i < 19; i++) {
      spread.record(7.5);
    }
    spread.record(600);

    double p95 = spread.percentileCountingNever(95, 0); // the 19th of 20: 7.5 s, to the histogram's precision
    assertTrue(p95 >= 7.5 && p95 <= 7.5 * 1.0002, () -> "p95 " + p95);
    assertEquals(600.0, spread.percentileCountingNever(95, 1)); // the 20th of 21, the 21st never served
    assertEquals(null, spread.percentileCountingNever(95, 2)); // 2 of 22 never served: more than 5%
  }

  /**
   * The times kept as they are give what an HdrHistogram of them gives (the spread's own, once it
   * holds more than it keeps): every percentile, and every bin of the chart.
   */
  @Test
  void timesKeptAsTheyAreGiveWhatTheHistogramGives() {
    SplittableRandom random = new SplittableRandom(7);
    for (int run = 0; run < 300; run++) {
      int count = 1 + random.nextInt(400);
      TimeSpread exact = new TimeSpread();
      TimeSpread histogram = new TimeSpread(random.nextInt(3)); // 0 to 2 kept: the histogram takes the rest
      for (int i = 0; i < count; i++) {
        double seconds = switch (random.nextInt(4)) {
          case 0 -> 7.5;
          case 1 -> random.nextInt(1000) / 1e6; // microseconds, the first buckets
          case 2 -> -Math.log1p(-random.nextDouble()) * 30_000; // hours: buckets far apart
          default -> -Math.log1p(-random.nextDouble()) * 300;
        };
        exact.record(seconds);
        histogram.record(seconds);
      }
      assertEquals(histogram.summary(), exact.summary(), "run " + run);
      assertEquals(histogram.bins(50), exact.bins(50), "run " + run);
      for (double percent : new double[] {0.1, 33.3, 95, 99.99, 100}) {
        for (long never : new long[] {0, 1, count / 10}) {
          assertEquals(histogram.percentileCountingNever(percent, never), exact.percentileCountingNever(percent, never),
              "run " + run + ", p" + percent + " with " + never + " never served");
        }
      }
    }
  }
}
