package org.tandem.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.Variance;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Sobol' variance-based sensitivity indices from a Saltelli design ({@link SaltelliDesign}).
 *
 * <p>With f(A), f(B) and f(A_B^i) the outputs at the rows of A, B and of A with its column i
 * taken from B, and V the variance of all 2N values of f(A) and f(B):
 * <ul>
 *   <li>first order, S_i = (1/N) sum_j f(B)_j (f(A_B^i)_j - f(A)_j) / V: the estimator of
 *       Saltelli, Annoni, Azzini, Campolongo, Ratto and Tarantola 2010, "Variance based
 *       sensitivity analysis of model output. Design and estimator for the total sensitivity
 *       index", Comput. Phys. Commun. 181:259-270, Table 2, row (b);</li>
 *   <li>total, S_Ti = (1/2N) sum_j (f(A)_j - f(A_B^i)_j)^2 / V: Jansen 1999, "Analysis of
 *       variance designs for model output", Comput. Phys. Commun. 117:35-43 (Saltelli et al. 2010,
 *       Table 2, row (f)).</li>
 * </ul>
 * In the first-order sum f(B) is centred on the mean of the 2N outputs (as SALib does by
 * standardizing outputs): since f(A_B^i) and f(A) have the same expectation, this leaves the
 * estimator's expectation unchanged up to O(1/N), and removes the variance that an output's mean
 * adds when it is large compared with its spread (a probability near 0.4 varying by 0.05, say).
 * Both are unbiased for the numerators; with few points S_i can come out slightly negative and
 * S_Ti above 1 - reported as estimated, not clipped. Intervals are bootstrap percentiles (Efron
 * and Tibshirani 1993, ch. 13): rows j are resampled with replacement, keeping each row's A, B and
 * A_B^i outputs together, and all indices recomputed from the resample, including V.
 */
public final class SobolIndices {
  /** Bootstrap resamples behind each interval. */
  public static final int RESAMPLES = 1000;

  private SobolIndices() {}

  /**
   * The indices of {@code f} over the box [low, high] from a Saltelli design of {@code n} rows,
   * drawn from {@code rng} (design first, then bootstrap resamples).
   */
  public static List<SobolEstimate> of(ToDoubleFunction<double[]> f, double[] low, double[] high, int n,
      UniformRandomProvider rng) {
    double[][] points = SaltelliDesign.points(n, low, high, rng);
    double[] y = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      y[i] = f.applyAsDouble(points[i]);
    }
    return fromDesign(y, low.length, rng);
  }

  /**
   * The indices of {@code k} parameters from the outputs {@code y} at the points of a
   * {@link SaltelliDesign} with k parameters, in the design's order. Bootstrap resamples draw
   * {@link #RESAMPLES} x N ints from {@code rng}.
   */
  public static List<SobolEstimate> fromDesign(double[] y, int k, UniformRandomProvider rng) {
    int width = k + 2;
    if (y.length % width != 0 || y.length < 2 * width) {
      throw new IllegalArgumentException(y.length + " outputs are not a Saltelli design of " + k + " parameters");
    }
    int n = y.length / width;
    double[] fa = new double[n];
    double[] fb = new double[n];
    double[][] fab = new double[k][n];
    for (int j = 0; j < n; j++) {
      fa[j] = y[j * width];
      fb[j] = y[j * width + 1];
      for (int i = 0; i < k; i++) {
        fab[i][j] = y[j * width + 2 + i];
      }
    }
    int[] all = new int[n];
    for (int j = 0; j < n; j++) {
      all[j] = j;
    }
    double[] point = indices(fa, fb, fab, all);
    double[][] boot = new double[2 * k][RESAMPLES];
    int[] rows = new int[n];
    for (int b = 0; b < RESAMPLES; b++) {
      for (int j = 0; j < n; j++) {
        rows[j] = rng.nextInt(n);
      }
      double[] r = indices(fa, fb, fab, rows);
      for (int c = 0; c < 2 * k; c++) {
        boot[c][b] = r[c];
      }
    }
    List<SobolEstimate> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (Double.isNaN(point[i])) {
        out.add(new SobolEstimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        continue;
      }
      out.add(new SobolEstimate(point[i], percentile(boot[i], 2.5), percentile(boot[i], 97.5),
          point[k + i], percentile(boot[k + i], 2.5), percentile(boot[k + i], 97.5)));
    }
    return out;
  }

  /** {S_1..S_k, S_T1..S_Tk} over the rows listed (with repeats); NaN when V is 0. */
  private static double[] indices(double[] fa, double[] fb, double[][] fab, int[] rows) {
    int n = rows.length;
    int k = fab.length;
    double[] both = new double[2 * n];
    for (int j = 0; j < n; j++) {
      both[j] = fa[rows[j]];
      both[n + j] = fb[rows[j]];
    }
    double v = new Variance().evaluate(both);
    double mean = new Mean().evaluate(both);
    double[] out = new double[2 * k];
    for (int i = 0; i < k; i++) {
      double first = 0;
      double total = 0;
      for (int r : rows) {
        double d = fab[i][r] - fa[r];
        first += (fb[r] - mean) * d;
        total += d * d;
      }
      out[i] = v > 0 ? first / n / v : Double.NaN;
      out[k + i] = v > 0 ? total / (2.0 * n) / v : Double.NaN;
    }
    return out;
  }

  private static double percentile(double[] values, double p) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
    if (finite.length == 0) {
      return Double.NaN;
    }
    return new Percentile(p).withEstimationType(Percentile.EstimationType.R_7).evaluate(finite);
  }
}
