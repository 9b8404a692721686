package org.tandem.core.bargain;

/**
 * The weighted median forecast: on each dimension, the position that a majority weighted by
 * capability times salience cannot beat.
 *
 * <p>Source: Black's median voter theorem as used by Bueno de Mesquita (1994; "median voter
 * position", The Predictioneer's Game, 2009, ch. 4), and {@code median_position} in the Scholz,
 * Calbert and Smith (2011) replication code, which finds the Condorcet winner by pairwise votes
 * {@code c_a s_a (|x_a - x_k| - |x_a - x_j|)}. On one dimension with linear utility that winner is
 * the weighted median. Where tandem differs: when the weight is split exactly in half, the
 * replication's answer depends on the iteration order of a hash set; tandem returns the lower of
 * the two medians (the smallest position whose cumulative weight reaches half the total).
 */
public final class MedianModel implements BargainingModel {
  /** Registry id. */
  public static final String ID = "median";

  @Override
  public Forecast forecast(Problem problem, boolean withHistory) {
    return Dimensions.forecast(ID, problem, withHistory, MedianModel::weightedMedian);
  }

  /**
   * The lower weighted median of the first {@code n} positions, weights capability x salience.
   * Allocates nothing; quadratic in {@code n}, which beats sorting for the small groups
   * (tens of actors) that bargaining models see.
   *
   * @return the median, or NaN if every weight is zero
   */
  public static double weightedMedian(double[] capability, double[] salience, double[] position,
      int n) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += capability[i] * salience[i];
    }
    if (!(total > 0)) {
      return Double.NaN;
    }
    // Half the total, less a relative 1e-12: a split that is exactly half in decimals must count
    // as reaching it whatever the rounding of the sums (else the answer would depend on the scale).
    double half = total / 2 - total * 1e-12;
    double best = Double.NaN;
    for (int i = 0; i < n; i++) {
      double x = position[i];
      if (capability[i] * salience[i] <= 0 || (!Double.isNaN(best) && x >= best)) {
        continue;
      }
      double atOrBelow = 0;
      for (int k = 0; k < n; k++) {
        if (position[k] <= x) {
          atOrBelow += capability[k] * salience[k];
        }
      }
      if (atOrBelow >= half) {
        best = x;
      }
    }
    return best;
  }
}
