package org.tandem.core.sweep;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;

/**
 * Latin hypercube samples (McKay, Beckman and Conover 1979): each parameter's range is cut into
 * {@code n} strata of equal width, and each stratum of each parameter holds exactly one of the
 * {@code n} points, at a uniform position inside it. Strata are paired across parameters by
 * independent random permutations.
 */
public final class LatinHypercube {
  private LatinHypercube() {}

  /**
   * {@code n} points with {@code low.length} coordinates, coordinate j in [low[j], high[j]].
   * Draws, parameter by parameter, one permutation of the strata (Fisher-Yates, {@code n - 1}
   * ints) and then one uniform double per point, from {@code rng}.
   */
  public static double[][] points(int n, double[] low, double[] high, UniformRandomProvider rng) {
    int k = low.length;
    double[][] x = new double[n][k];
    int[] strata = new int[n];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < n; i++) {
        strata[i] = i;
      }
      PermutationSampler.shuffle(rng, strata);
      for (int i = 0; i < n; i++) {
        double u = (strata[i] + rng.nextDouble()) / n;
        x[i][j] = low[j] + (high[j] - low[j]) * u;
      }
    }
    return x;
  }
}
