package restaurant.model;

import java.util.Locale;

/** How a product's preparation time varies from one to the next around its configured time. */
public enum Distribution {
  /** Always the configured time: the teaching example's kitchen. */
  FIXED,
  /** Drawn from an exponential distribution with the configured time as its mean (an M/M/c kitchen). */
  EXPONENTIAL;

  /** A time for a draw {@code u} in [0, 1): the inverse of the distribution's CDF. */
  public long nanos(long meanNanos, double u) {
    return this == FIXED ? meanNanos : Math.round(-meanNanos * Math.log1p(-u));
  }

  /** The word a configuration uses: "fixed", "exponential". */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
