package org.tandem.core.result;

/** A mean with its 95% confidence interval (normal approximation: mean +- 1.96 standard errors). */
public record Estimate(double mean, double low, double high) {

  /** The estimate from n values with the given sum and sum of squares. */
  public static Estimate of(double sum, double sumOfSquares, long n) {
    double mean = sum / n;
    double variance = n > 1 ? Math.max(0, (sumOfSquares - sum * mean) / (n - 1)) : 0;
    double half = 1.959963984540054 * Math.sqrt(variance / n);
    return new Estimate(mean, mean - half, mean + half);
  }

  /**
   * A proportion with its 95% Wilson score interval (Wilson 1927), which stays within [0, 1] and
   * keeps its coverage near 0 and 1, where the normal interval fails.
   */
  public static Estimate proportion(long successes, long n) {
    double z = 1.959963984540054;
    double p = (double) successes / n;
    double denominator = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
    // At 0 and n successes the bound is exactly 0 or 1; the subtraction would leave a rounding residue.
    double low = successes == 0 ? 0 : Math.max(0, centre - half);
    double high = successes == n ? 1 : Math.min(1, centre + half);
    return new Estimate(p, low, high);
  }

  /**
   * This estimate with its interval cut to [{@code min}, {@code max}], the values the quantity can
   * take: a normal interval near a bound can reach past it (a difference of proportions above 1, a
   * censored mean above its cap), which no true value can.
   */
  public Estimate within(double min, double max) {
    return new Estimate(mean, Math.max(min, low), Math.min(max, high));
  }

  /** Whether the interval excludes 0. */
  public boolean excludesZero() {
    return low > 0 || high < 0;
  }
}
