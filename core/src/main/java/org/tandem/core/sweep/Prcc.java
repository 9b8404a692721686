package org.tandem.core.sweep;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.hipparchus.stat.ranking.NaturalRanking;
import org.hipparchus.stat.ranking.TiesStrategy;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * Partial rank correlation coefficients (PRCC), as in Marino, Hogue, Ray and Kirschner 2008, "A
 * methodology for performing global uncertainty and sensitivity analysis in systems biology",
 * J. Theor. Biol. 254:178-196, section 2.4.
 *
 * <p>Inputs and output are replaced by their ranks (ties get their average rank). For parameter
 * i, the ranks of x_i and of y are each regressed linearly on the ranks of all other parameters
 * (least squares with an intercept, Hipparchus {@code OLSMultipleLinearRegression}); the PRCC is
 * the Pearson correlation of the two residuals. It measures the monotone association of x_i with y
 * once the others' (monotone, linear in ranks) effects are removed.
 *
 * <p>Inference with p = k - 1 controlled parameters and n points: the test of PRCC = 0 uses
 * t = r sqrt((n - 2 - p) / (1 - r^2)) with n - 2 - p degrees of freedom, as Marino et al. 2008
 * do; the 95% interval is Fisher's z-transform, atanh(r) +- 1.96 / sqrt(n - 3 - p) (Fisher
 * 1924; the usual variance of a partial correlation's z, Anderson 2003, An Introduction to
 * Multivariate Statistical Analysis, section 4.3). Both treat rank correlations as if they were
 * correlations of normal variables: approximate, and poor for |r| near 1 or n close to k.
 */
public final class Prcc {
  private Prcc() {}

  /** The smallest number of points for k parameters: the interval needs n - 3 - (k - 1) >= 1. */
  public static int minimumPoints(int k) {
    return k + 3;
  }

  /** One estimate per column of {@code x} ({@code x[point][parameter]}) for output {@code y}. */
  public static List<PrccEstimate> of(double[][] x, double[] y) {
    int n = y.length;
    int k = x.length == 0 ? 0 : x[0].length;
    if (n < minimumPoints(k)) {
      throw new IllegalArgumentException("PRCC of " + k + " parameters needs at least " + minimumPoints(k)
          + " points, not " + n);
    }
    NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
    double[] ry = ranking.rank(y);
    double[][] rx = new double[k][];
    for (int j = 0; j < k; j++) {
      double[] column = new double[n];
      for (int i = 0; i < n; i++) {
        column[i] = x[i][j];
      }
      rx[j] = ranking.rank(column);
    }
    List<PrccEstimate> out = new ArrayList<>();
    int p = k - 1;
    TDistribution t = new TDistribution(n - 2 - p);
    for (int j = 0; j < k; j++) {
      double[][] others = new double[n][p];
      for (int i = 0; i < n; i++) {
        int c = 0;
        for (int o = 0; o < k; o++) {
          if (o != j) {
            others[i][c++] = rx[o][i];
          }
        }
      }
      double[] ex = residuals(rx[j], others, p);
      double[] ey = residuals(ry, others, p);
      if (isConstant(ex) || isConstant(ey)) {
        out.add(PrccEstimate.UNDEFINED);
        continue;
      }
      double r = new PearsonsCorrelation().correlation(ex, ey);
      r = Math.max(-1, Math.min(1, r));
      double half = 1.959963984540054 / Math.sqrt(n - 3 - p);
      double z = atanh(r);
      double low = Math.tanh(z - half);
      double high = Math.tanh(z + half);
      double pValue;
      if (Math.abs(r) == 1) {
        pValue = 0;
      } else {
        double statistic = r * Math.sqrt((n - 2 - p) / (1 - r * r));
        pValue = 2 * t.cumulativeProbability(-Math.abs(statistic));
      }
      out.add(new PrccEstimate(r, low, high, pValue));
    }
    return out;
  }

  private static double[] residuals(double[] y, double[][] x, int p) {
    if (p == 0) {
      double mean = 0;
      for (double v : y) {
        mean += v;
      }
      mean /= y.length;
      double[] out = new double[y.length];
      for (int i = 0; i < y.length; i++) {
        out[i] = y[i] - mean;
      }
      return out;
    }
    OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
    regression.newSampleData(y, x);
    return regression.estimateResiduals();
  }

  /** Residuals that do not vary beyond rounding: nothing is left to correlate. */
  private static boolean isConstant(double[] v) {
    double max = 0;
    for (double d : v) {
      max = Math.max(max, Math.abs(d));
    }
    return max < 1e-9 * v.length;
  }

  private static double atanh(double r) {
    return 0.5 * Math.log((1 + r) / (1 - r));
  }
}
