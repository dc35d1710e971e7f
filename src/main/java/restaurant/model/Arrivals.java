package restaurant.model;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How customers come in: all at the opening, or as a Poisson process of {@code ratePerHour}
 * orders an hour (independent exponential gaps, drawn from the seed).
 */
public record Arrivals(Process process, double ratePerHour) {
  public static final Arrivals AT_ONCE = new Arrivals(Process.AT_ONCE, 0);

  /** Keeps the gaps' draws apart from the workload's and the faults' on the same seed. */
  private static final long GAPS = 0x5EED_A77E_0000_0001L;

  public enum Process {
    AT_ONCE, POISSON;

    /** The word a configuration uses: "at-once", "poisson". */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public static Arrivals poisson(double ratePerHour) {
    return new Arrivals(Process.POISSON, ratePerHour);
  }

  public boolean atOnce() {
    return process == Process.AT_ONCE;
  }

  /** The orders, each arriving as this process has it: the same seed gives the same times. Made as read. */
  public List<Order> time(List<Order> orders, long seed) {
    if (atOnce()) {
      return orders;
    }
    return new OrderSequence() {
      @Override
      public Iterator<Order> iterator() {
        Iterator<Order> untimed = orders.iterator();
        ArrivalTimes arrivals = arrivalTimes(seed);
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return untimed.hasNext();
          }

          @Override
          public Order next() {
            return untimed.next().arrivingAt(arrivals.next());
          }
        };
      }

      @Override
      public int size() {
        return orders.size();
      }

      @Override
      public boolean arrivesOverTime() {
        return true;
      }
    };
  }

  /** The arrival times in simulated seconds from the opening, one per call, from {@code seed}. */
  private ArrivalTimes arrivalTimes(long seed) {
    return new ArrivalTimes(new SplittableRandom(seed ^ GAPS), ratePerHour / 3600);
  }

  /** Arrival times of successive orders: 0 at once, or the sum of exponential gaps. */
  private static final class ArrivalTimes {
    private final SplittableRandom random;
    private final double ratePerSecond;
    private double last;

    private ArrivalTimes(SplittableRandom random, double ratePerSecond) {
      this.random = random;
      this.ratePerSecond = ratePerSecond;
    }

    public double next() {
      if (ratePerSecond > 0) {
        last += -Math.log1p(-random.nextDouble()) / ratePerSecond;
      }
      return last;
    }
  }
}
