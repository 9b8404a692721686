package org.tandem.store.tracker;

/**
 * Proper scoring rules for forecasts set against what happened. Lower is better for both.
 */
public final class ScoringRules {
  private ScoringRules() {}

  /**
   * The Brier score of probability {@code p} for an event that did or did not happen:
   * {@code (p - o)^2} with o = 1 or 0 (Brier 1950, "Verification of forecasts expressed in terms of
   * probability", Monthly Weather Review 78(1):1-3). 0 is a certain and right forecast, 0.25 what
   * a constant 50% earns, 1 a certain and wrong one.
   */
  public static double brier(double p, boolean happened) {
    double o = happened ? 1 : 0;
    return (p - o) * (p - o);
  }

  /**
   * The interval score of a central (1 - alpha) prediction interval [lower, upper] for the
   * observation x (Gneiting and Raftery 2007, "Strictly proper scoring rules, prediction, and
   * estimation", JASA 102(477):359-378, eq. 43):
   * {@code (upper - lower) + (2 / alpha)(lower - x) 1{x < lower} + (2 / alpha)(x - upper) 1{x > upper}}.
   * It rewards a narrow interval and charges 2 / alpha per unit by which the observation falls
   * outside it; in the units of the series.
   */
  public static double intervalScore(double lower, double upper, double alpha, double x) {
    if (!(alpha > 0 && alpha < 1) || lower > upper) {
      throw new IllegalArgumentException("interval score needs 0 < alpha < 1 and lower <= upper: alpha=" + alpha
          + " lower=" + lower + " upper=" + upper);
    }
    double score = upper - lower;
    if (x < lower) {
      score += 2 / alpha * (lower - x);
    } else if (x > upper) {
      score += 2 / alpha * (x - upper);
    }
    return score;
  }
}
