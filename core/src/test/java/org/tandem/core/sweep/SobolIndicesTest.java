package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.tandem.core.random.RandomStreams;

class SobolIndicesTest {
  private static final double A = 7;
  private static final double B = 0.1;

  /** Ishigami and Homma 1990: f = sin x1 + a sin^2 x2 + b x3^4 sin x1, x uniform on [-pi, pi]^3. */
  private static double ishigami(double[] x) {
    return Math.sin(x[0]) + A * Math.sin(x[1]) * Math.sin(x[1]) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
  }

  /**
   * The analytic indices (Sobol' and Levitan 1999; Saltelli et al. 2008, Global Sensitivity
   * Analysis: The Primer, section 4.9): V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V3 = 0,
   * V13 = 8 b^2 pi^8 / 225, V = a^2 / 8 + b pi^4 / 5 + b^2 pi^8 / 18 + 1/2.
   */
  @Test
  void analyticIshigamiIndicesAreThePublishedOnes() {
    double[] s = analytic();
    // Published for a = 7, b = 0.1: S1 = 0.3139, S2 = 0.4424, S3 = 0, ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
    assertThat(s[0]).isCloseTo(0.3139, within(5e-5));
    assertThat(s[1]).isCloseTo(0.4424, within(5e-5));
    assertThat(s[2]).isZero();
    assertThat(s[3]).isCloseTo(0.5576, within(5e-5));
    assertThat(s[4]).isCloseTo(0.4424, within(5e-5));
    assertThat(s[5]).isCloseTo(0.2437, within(5e-5));
  }

  /**
   * N = 20,000 rows (100,000 evaluations). Over 50 seeds (an experiment run while writing this
   * test) the estimators' standard deviations at this N were 0.006-0.007 for the first-order
   * indices and 0.003-0.011 for the total ones, with biases below 0.002. The tolerance, 0.05, is
   * then at least 4.7 standard deviations: a correct estimator exceeds it with probability below
   * 3e-6 per index, 2e-5 for all six, whatever the seed. The 95% intervals missed the true value
   * in 12 of 300 cases over those seeds (4%); at the fixed seed here all six contain it.
   */
  @Test
  void saltelliAndJansenEstimatorsRecoverTheIshigamiIndices() {
    UniformRandomProvider rng = new RandomStreams(42).substream(RandomStreams.key("test"), 0);
    double pi = Math.PI;
    List<SobolEstimate> e = SobolIndices.of(SobolIndicesTest::ishigami, new double[] {-pi, -pi, -pi},
        new double[] {pi, pi, pi}, 20_000, rng);
    double[] s = analytic();
    for (int i = 0; i < 3; i++) {
      assertThat(e.get(i).firstOrder()).as("S%d", i + 1).isCloseTo(s[i], within(0.05));
      assertThat(e.get(i).total()).as("ST%d", i + 1).isCloseTo(s[3 + i], within(0.05));
      // 95% bootstrap intervals: at a fixed seed each of these six holds.
      assertThat(s[i]).as("S%d in its interval", i + 1).isBetween(e.get(i).firstLow(), e.get(i).firstHigh());
      assertThat(s[3 + i]).as("ST%d in its interval", i + 1).isBetween(e.get(i).totalLow(), e.get(i).totalHigh());
    }
  }

  @Test
  void indicesDoNotDependOnTheOutputsMean() {
    // Shifting an output by a constant changes nothing in its variance decomposition; without the
    // centring of f(B), the first-order estimates of f + 1000 would scatter over many units.
    double[] low = {0, 0};
    double[] high = {1, 1};
    List<SobolEstimate> plain = SobolIndices.of(x -> x[0] + 2 * x[1] * x[0], low, high, 200,
        new RandomStreams(6).substream(RandomStreams.key("test"), 0));
    List<SobolEstimate> shifted = SobolIndices.of(x -> 1000 + x[0] + 2 * x[1] * x[0], low, high, 200,
        new RandomStreams(6).substream(RandomStreams.key("test"), 0));
    for (int i = 0; i < 2; i++) {
      assertThat(shifted.get(i).firstOrder()).isCloseTo(plain.get(i).firstOrder(), within(1e-9));
      assertThat(shifted.get(i).firstHigh()).isCloseTo(plain.get(i).firstHigh(), within(1e-9));
      assertThat(shifted.get(i).total()).isCloseTo(plain.get(i).total(), within(1e-9));
    }
  }

  @Test
  void constantOutputHasUndefinedIndices() {
    UniformRandomProvider rng = new RandomStreams(1).substream(RandomStreams.key("test"), 0);
    List<SobolEstimate> e = SobolIndices.of(x -> 3.0, new double[] {0, 0}, new double[] {1, 1}, 50, rng);
    assertThat(e.get(0).firstOrder()).isNaN();
    assertThat(e.get(1).total()).isNaN();
  }

  @Test
  void additiveFunctionHasEqualFirstOrderAndTotalIndices() {
    // f = x1 + 2 x2 on [0,1]^2: V1 = 1/12, V2 = 4/12, so S1 = ST1 = 0.2 and S2 = ST2 = 0.8. Fixed seed.
    UniformRandomProvider rng = new RandomStreams(3).substream(RandomStreams.key("test"), 0);
    List<SobolEstimate> e = SobolIndices.of(x -> x[0] + 2 * x[1], new double[] {0, 0}, new double[] {1, 1}, 5000, rng);
    assertThat(e.get(0).firstOrder()).isCloseTo(0.2, within(0.05));
    assertThat(e.get(0).total()).isCloseTo(0.2, within(0.05));
    assertThat(e.get(1).firstOrder()).isCloseTo(0.8, within(0.05));
    assertThat(e.get(1).total()).isCloseTo(0.8, within(0.05));
  }

  /**
   * The bootstrap's mechanics, with the resamples scripted so that their indices are known. One
   * parameter (so A_B^1 = B) and N = 3 rows, (f(A), f(B)) = (0, 1), (0, 1), (2, 2); with
   * d = f(B) - f(A) and m the mean of the 2N values of f(A) and f(B), S = sum (f(B) - m) d / N / V
   * and ST = sum d^2 / 2N / V:
   * <ul>
   *   <li>rows {0, 1, 2} (the sample itself): values 0,0,2,1,1,2, m = 1, V = 4/5; S = (0 + 0 + 0)
   *       / 3 / V = 0, ST = (1 + 1 + 0) / 6 / V = 5/12;</li>
   *   <li>rows {0, 0, 1}: values 0,0,0,1,1,1, m = 1/2, V = 3/10; S = (3 x 1/2) / 3 / V = 5/3,
   *       ST = 3 / 6 / V = 5/3;</li>
   *   <li>rows {1, 2, 2}: values 0,2,2,1,2,2, m = 3/2, V = 7/10; S = (-1/2) / 3 / V = -5/21,
   *       ST = 1 / 6 / V = 5/21.</li>
   * </ul>
   * 30 resamples draw {1, 2, 2}, 940 the sample's rows, 30 {0, 0, 1}. Sorted, the 1,000 values
   * of S are 30 x -5/21, 940 x 0, 30 x 5/3. The 2.5% percentile (R-7: order statistic 25.975)
   * lies in the first block and the 97.5% one (975.025) in the last: the 95% interval is
   * [-5/21, 5/3], and [5/21, 5/3] for ST. A 90% interval (order statistics 50.95 and 950.05)
   * would be [0, 0] and [5/12, 5/12]; keeping the sample's V = 4/5 in every resample would give
   * [-5/24, 5/8] and [5/24, 5/8].
   */
  @Test
  void intervalsAre95PercentPercentilesOfResamplesThatRecomputeTheVariance() {
    double[] y = {0, 1, 1, 0, 1, 1, 2, 2, 2};
    int[] rows = new int[3 * SobolIndices.RESAMPLES];
    for (int b = 0; b < SobolIndices.RESAMPLES; b++) {
      int[] drawn = b < 30 ? new int[] {1, 2, 2} : b < 970 ? new int[] {0, 1, 2} : new int[] {0, 0, 1};
      System.arraycopy(drawn, 0, rows, 3 * b, 3);
    }
    SobolEstimate e = SobolIndices.fromDesign(y, 1, scripted(3, rows)).get(0);
    assertThat(e.firstOrder()).isCloseTo(0, within(1e-12));
    assertThat(e.total()).isCloseTo(5.0 / 12, within(1e-12));
    assertThat(e.firstLow()).isCloseTo(-5.0 / 21, within(1e-12));
    assertThat(e.firstHigh()).isCloseTo(5.0 / 3, within(1e-12));
    assertThat(e.totalLow()).isCloseTo(5.0 / 21, within(1e-12));
    assertThat(e.totalHigh()).isCloseTo(5.0 / 3, within(1e-12));
  }

  /** A generator whose {@code nextInt(bound)} returns {@code values} in turn (each below {@code bound}). */
  private static UniformRandomProvider scripted(int bound, int[] values) {
    return new UniformRandomProvider() {
      private int next;

      @Override
      public int nextInt(int n) {
        assertThat(n).isEqualTo(bound);
        return values[next++];
      }

      @Override
      public long nextLong() {
        throw new UnsupportedOperationException("the bootstrap only draws row indices");
      }
    };
  }

  private static double[] analytic() {
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = Math.pow(Math.PI, 8);
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = 8 * B * B * pi8 / 225;
    double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
    return new double[] {v1 / v, v2 / v, 0, (v1 + v13) / v, v2 / v, v13 / v};
  }
}
