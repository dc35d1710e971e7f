package restaurant.plan;

/** The 97.5% quantile of Student's t distribution: a two-sided 95% confidence interval's multiplier. */
final class StudentT {
  /** For 1 to 30 degrees of freedom, from the standard tables. */
  private static final double[] QUANTILE_975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262,
      2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
      2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
  private static final double Z_975 = 1.959964;

  private StudentT() {}

  static double quantile975(int degreesOfFreedom) {
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException("needs at least one degree of freedom");
    }
    if (degreesOfFreedom <= QUANTILE_975.length) {
      return QUANTILE_975[degreesOfFreedom - 1];
    }
    // Cornish-Fisher expansion around the normal quantile: within 0.001 past 30 degrees of freedom.
    double z = Z_975;
    double n = degreesOfFreedom;
    return z + (z * z * z + z) / (4 * n) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * n * n);
  }
}
