package restaurant.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A count over the run's time (a queue's length) for a chart, in a fixed memory: at most
 * {@link #BINS} bins, each adding up the changes that fell in it, twice as wide whenever the run
 * outgrows them. Changes may come in any order (the cashier takes an order in after it arrived):
 * each goes to the bin of its own time. The chart shows the count at the end of each bin.
 */
final class StepSeries {
  static final int BINS = 512;
  private final long[] changes = new long[BINS];
  private final long startNanos;
  private long binNanos;
  private int lastBin = -1;

  /** @param firstBinNanos the width of a bin to begin with, on the clock */
  StepSeries(long startNanos, long firstBinNanos) {
    this.startNanos = startNanos;
    this.binNanos = Math.max(1, firstBinNanos);
  }

  void change(long nanos, int by) {
    long offset = Math.max(0, nanos - startNanos);
    while (offset / binNanos >= BINS) {
      widen();
    }
    int bin = (int) (offset / binNanos);
    changes[bin] += by;
    lastBin = Math.max(lastBin, bin);
  }

  private void widen() {
    for (int i = 0; i < BINS / 2; i++) {
      changes[i] = changes[2 * i] + changes[2 * i + 1];
    }
    java.util.Arrays.fill(changes, BINS / 2, BINS, 0);
    binNanos *= 2;
    lastBin = lastBin / 2;
  }

  /** The count at the end of each bin, up to the last change: [simulated seconds from the start, count]. */
  List<double[]> points(double timeScale) {
    List<double[]> points = new ArrayList<>();
    long count = 0;
    points.add(new double[] {0, 0});
    for (int bin = 0; bin <= lastBin; bin++) {
      count += changes[bin];
      points.add(new double[] {(bin + 1) * (double) binNanos / 1e9 / timeScale, count});
    }
    return points;
  }
}
