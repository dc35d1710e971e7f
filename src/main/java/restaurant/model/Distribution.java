package restaurant.model;

import java.util.Locale;

/** How a product's preparation time varies from one to the next around its configured time. */
public enum Distribution {
  /** Always the configured time: the teaching example's kitchen. */
  FIXED,
  /** Drawn from an exponential distribution with the configured time as its mean (an M/M/c kitchen). */
  EXPONENTIAL;

  /** Keeps the draws of preparation times apart from the faults' on the same seed. */
  private static final long PREPARATION = 0x7E7A_0000_C00CL;

  /** A time for a draw {@code u} in [0, 1): the inverse of the distribution's CDF. */
  public long nanos(long meanNanos, double u) {
    return this == FIXED ? meanNanos : Math.round(-meanNanos * Math.log1p(-u));
  }

  /**
   * The time one attempt at one product of an order takes, drawn from the seed and what it is
   * (order, item, attempt): the same in every design and every run, so the kitchen that cooks it
   * and the report that sums it up agree. A product lost to a kitchen crash is ordered again under
   * the same attempt, so only a burn draws anew.
   */
  public long nanos(long meanNanos, long seed, int orderId, int item, int attempt) {
    return this == FIXED ? meanNanos : nanos(meanNanos, Chance.draw(seed ^ PREPARATION, orderId, item, attempt));
  }

  /** The word a configuration uses: "fixed", "exponential". */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
