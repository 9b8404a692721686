package org.tandem.core.bargain;

/**
 * The compromise (weighted mean) forecast: on each dimension, the mean of the actors' positions
 * weighted by capability times salience, {@code sum c_i s_i x_i / sum c_i s_i}.
 *
 * <p>Source: Bueno de Mesquita's "weighted mean" first-cut forecast (The Predictioneer's Game,
 * 2009, ch. 4), computed as {@code mean_position} in the Scholz, Calbert and Smith (2011)
 * replication code. tandem uses each dimension's own salience; nothing else differs.
 */
public final class CompromiseModel implements BargainingModel {
  /** Registry id. */
  public static final String ID = "compromise";

  @Override
  public Forecast forecast(Problem problem, boolean withHistory) {
    return Dimensions.forecast(ID, problem, withHistory, CompromiseModel::weightedMean);
  }

  /**
   * The capability x salience weighted mean of the first {@code n} positions. Allocates nothing,
   * for callers that evaluate it many times.
   *
   * @return the weighted mean, or NaN if every weight is zero
   */
  public static double weightedMean(double[] capability, double[] salience, double[] position,
      int n) {
    double numerator = 0;
    double denominator = 0;
    for (int i = 0; i < n; i++) {
      double w = capability[i] * salience[i];
      numerator += w * position[i];
      denominator += w;
    }
    return denominator > 0 ? numerator / denominator : Double.NaN;
  }
}
