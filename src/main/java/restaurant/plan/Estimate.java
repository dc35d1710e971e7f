package restaurant.plan;

/**
 * A mean over replications with the half-width of its 95% confidence interval (Student's t with
 * replications - 1 degrees of freedom): the true value lies in mean ± halfWidth, 19 times in 20.
 */
public record Estimate(double mean, double halfWidth) {

  /** The estimate of the values' mean; at least two values. */
  public static Estimate of(double[] values) {
    int n = values.length;
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    double mean = sum / n;
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    double standardError = Math.sqrt(squares / (n - 1) / n);
    return new Estimate(mean, StudentT.quantile975(n - 1) * standardError);
  }

  public double upper() {
    return mean + halfWidth;
  }
}
