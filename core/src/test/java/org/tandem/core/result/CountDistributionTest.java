package org.tandem.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CountDistributionTest {
  /** p(0) = 0.5, p(1) = 0.3, p(2) = 0.2: F(0) = 0.5, F(1) = 0.8, F(2) = 1. */
  private static final CountDistribution SMALL = new CountDistribution(12, new double[] {0.5, 0.3, 0.2});

  @Test
  void readsProbabilitiesMeanAndDistributionFunction() {
    assertThat(SMALL.probability(1)).isEqualTo(0.3);
    assertThat(SMALL.probability(7)).isZero();
    assertThat(SMALL.probability(-1)).isZero();
    assertThat(SMALL.cdf(-1)).isZero();
    assertThat(SMALL.cdf(0)).isEqualTo(0.5);
    assertThat(SMALL.cdf(1)).isCloseTo(0.8, within(1e-12));
    assertThat(SMALL.cdf(2)).isCloseTo(1, within(1e-12));
    assertThat(SMALL.cdf(30)).isEqualTo(1);
    // 0 x 0.5 + 1 x 0.3 + 2 x 0.2
    assertThat(SMALL.mean()).isCloseTo(0.7, within(1e-12));
  }

  @Test
  void countsBecomeShares() {
    CountDistribution d = CountDistribution.ofCounts(3, new long[] {6, 3, 1, 0}, 10);
    assertThat(d.months()).isEqualTo(3);
    assertThat(d.probability(0)).isEqualTo(0.6);
    assertThat(d.probability(2)).isEqualTo(0.1);
    assertThat(d).isEqualTo(new CountDistribution(3, new double[] {0.6, 0.3, 0.1}));
  }

  @Test
  void midPercentileSplitsTheObservedCountsProbability() {
    // 100 (F(y - 1) + p(y) / 2): y = 0 -> 25, y = 1 -> 50 + 15, y = 2 -> 80 + 10, y = 5 -> 100.
    assertThat(SMALL.midPercentile(0)).isCloseTo(25, within(1e-9));
    assertThat(SMALL.midPercentile(1)).isCloseTo(65, within(1e-9));
    assertThat(SMALL.midPercentile(2)).isCloseTo(90, within(1e-9));
    assertThat(SMALL.midPercentile(5)).isCloseTo(100, within(1e-9));
    // A forecast certain of the count puts it at the 50th percentile.
    assertThat(new CountDistribution(12, new double[] {0, 1}).midPercentile(1)).isCloseTo(50, within(1e-12));
  }

  @Test
  void quantileIsTheSmallestCountReachingTheLevel() {
    assertThat(SMALL.quantile(0.05)).isZero();
    assertThat(SMALL.quantile(0.25)).isZero();
    assertThat(SMALL.quantile(0.5)).isZero(); // F(0) = 0.5 reaches it
    assertThat(SMALL.quantile(0.75)).isEqualTo(1);
    assertThat(SMALL.quantile(0.95)).isEqualTo(2);
    assertThatThrownBy(() -> SMALL.quantile(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void crpsMatchesHandComputedSums() {
    // y = 1: (F(0) - 0)^2 + (F(1) - 1)^2 = 0.25 + 0.04; every later term is (1 - 1)^2.
    assertThat(SMALL.crps(1)).isCloseTo(0.29, within(1e-12));
    // y = 0: (0.5 - 1)^2 + (0.8 - 1)^2, the same 0.29.
    assertThat(SMALL.crps(0)).isCloseTo(0.29, within(1e-12));
    // y = 5: 0.25 + 0.64 + three terms (1 - 0)^2 for k = 2, 3, 4.
    assertThat(SMALL.crps(5)).isCloseTo(3.89, within(1e-12));
    // y = 20, beyond the largest count a year can hold: 0.25 + 0.64 + 18 ones (k = 2 to 19).
    assertThat(SMALL.crps(20)).isCloseTo(18.89, within(1e-12));
    // A forecast certain of v scores |v - y|.
    CountDistribution three = new CountDistribution(12, new double[] {0, 0, 0, 1});
    assertThat(three.crps(1)).isCloseTo(2, within(1e-12));
    assertThat(three.crps(3)).isZero();
    assertThat(three.crps(7)).isCloseTo(4, within(1e-12));
  }

  @Test
  void crpsAgreesWithTheKernelForm() {
    // Gneiting and Raftery 2007, eq. 21: CRPS = E|X - y| - E|X - X'| / 2. For SMALL,
    // E|X - X'| = 2 (0.5 x 0.3 + 0.3 x 0.2) x 1 + 2 (0.5 x 0.2) x 2 = 0.42 + 0.4 = 0.82.
    for (int y = 0; y <= 15; y++) {
      double expected = 0.5 * Math.abs(0 - y) + 0.3 * Math.abs(1 - y) + 0.2 * Math.abs(2 - y) - 0.82 / 2;
      assertThat(SMALL.crps(y)).as("y = %d", y).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void rejectsImpossibleShapes() {
    assertThatThrownBy(() -> new CountDistribution(0, new double[] {1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CountDistribution(12, new double[14])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SMALL.crps(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
