package org.tandem.core.sweep;

/**
 * A partial rank correlation coefficient with its 95% confidence interval and the p-value of the
 * test that it is 0. All are NaN when the output (or the parameter, given the others) does not vary.
 */
public record PrccEstimate(double value, double low, double high, double pValue) {

  static final PrccEstimate UNDEFINED = new PrccEstimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /** Whether the interval excludes 0. */
  public boolean significant() {
    return low > 0 || high < 0;
  }
}
