package org.tandem.core.sweep;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The sampling design of Saltelli et al. 2010 (Comput. Phys. Commun. 181:259-270, section 3):
 * two independent N x k matrices A and B of points uniform in the parameter box, and for each
 * parameter i the matrix A_B^i, which is A with its column i taken from B: N (k + 2) points.
 *
 * <p>Rows are laid out row-major, row j of A, then of B, then of A_B^1 .. A_B^k, then row j + 1,
 * so that {@link SobolIndices#fromDesign} can find them. A and B are pseudo-random (not the
 * quasi-random Sobol' sequence Saltelli et al. recommend): convergence is slower, but rows are
 * independent, which the bootstrap intervals assume.
 */
public final class SaltelliDesign {
  private SaltelliDesign() {}

  /** Points of the design for {@code n} rows. Draws A's row j then B's row j (k doubles each), for j = 0..n-1. */
  public static double[][] points(int n, double[] low, double[] high, UniformRandomProvider rng) {
    int k = low.length;
    double[][] out = new double[Math.multiplyExact(n, k + 2)][];
    for (int j = 0; j < n; j++) {
      double[] a = new double[k];
      double[] b = new double[k];
      for (int i = 0; i < k; i++) {
        a[i] = low[i] + (high[i] - low[i]) * rng.nextDouble();
      }
      for (int i = 0; i < k; i++) {
        b[i] = low[i] + (high[i] - low[i]) * rng.nextDouble();
      }
      int row = j * (k + 2);
      out[row] = a;
      out[row + 1] = b;
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        out[row + 2 + i] = ab;
      }
    }
    return out;
  }
}
