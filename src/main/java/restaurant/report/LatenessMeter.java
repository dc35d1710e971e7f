package restaurant.report;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * How late an actor's timers fire on the real clock: for each, the clock when the actor handled it
 * less the time it was due, in wall nanoseconds. What a timer's lateness holds: the scheduler's
 * delay, the hand-off to a dispatcher thread, and the messages ahead of it in the actor's
 * mailbox; each stretches the simulated time it was timing. Exact count, sum and maximum; an
 * HdrHistogram of three significant digits for the p99; memory that does not grow with the
 * timers. Not thread-safe: one actor owns one.
 */
public final class LatenessMeter {
  private static final int SIGNIFICANT_DIGITS = 3;
  private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
  private long timers;
  private long sumNanos;
  private long maxNanos;

  /** A timer due at {@code dueNanos} was handled at {@code firedNanos}; an early one counts as on time. */
  public void record(long dueNanos, long firedNanos) {
    long late = Math.max(0, firedNanos - dueNanos);
    histogram.recordValue(late);
    timers++;
    sumNanos += late;
    maxNanos = Math.max(maxNanos, late);
  }

  /** Another actor's timers, as its {@link #sample()} gave them. */
  public void add(Sample sample) {
    if (sample.timers() == 0) {
      return;
    }
    try {
      histogram.add(Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(sample.histogram()), 0));
    } catch (DataFormatException corrupt) {
      throw new IllegalArgumentException("a lateness sample that does not decode", corrupt);
    }
    timers += sample.timers();
    sumNanos += sample.sumNanos();
    maxNanos = Math.max(maxNanos, sample.maxNanos());
  }

  /** What this meter holds, to send to another actor (in a message that may cross nodes). */
  public Sample sample() {
    ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
    int length = histogram.encodeIntoCompressedByteBuffer(buffer);
    return new Sample(timers, sumNanos, maxNanos, Arrays.copyOf(buffer.array(), length));
  }

  public long timers() {
    return timers;
  }

  /** The mean lateness in wall nanoseconds; 0 with no timers. */
  public double meanNanos() {
    return timers == 0 ? 0 : (double) sumNanos / timers;
  }

  public long maxNanos() {
    return maxNanos;
  }

  /** 99% of the timers were no later: HdrHistogram's, never above the exact maximum; 0 with no timers. */
  public long p99Nanos() {
    return timers == 0 ? 0 : Math.min(maxNanos, histogram.getValueAtPercentile(99));
  }

  /**
   * A meter's content, immutable: how many timers, their lateness added up and the largest, in
   * wall nanoseconds, and the HdrHistogram of them, compressed.
   */
  public record Sample(long timers, long sumNanos, long maxNanos, byte[] histogram) {
    public Sample {
      histogram = histogram.clone();
    }

    @Override
    public byte[] histogram() {
      return histogram.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Sample sample && timers == sample.timers && sumNanos == sample.sumNanos
          && maxNanos == sample.maxNanos && Arrays.equals(histogram, sample.histogram);
    }

    @Override
    public int hashCode() {
      return 31 * Long.hashCode(timers) + Arrays.hashCode(histogram);
    }

    @Override
    public String toString() {
      return "Sample[timers=" + timers + ", sumNanos=" + sumNanos + ", maxNanos=" + maxNanos + "]";
    }
  }
}
