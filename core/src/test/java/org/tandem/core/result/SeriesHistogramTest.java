package org.tandem.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SeriesHistogramTest {
  /** One month, one bin over [0, 1]: the uniform distribution U(0, 1). */
  private static final SeriesHistogram UNIFORM = new SeriesHistogram(0, 1, 1, 1, new int[] {1});
  /** One month, bins [0, 1) and [1, 2) holding 3 and 1 of 4 runs. */
  private static final SeriesHistogram SKEWED = new SeriesHistogram(0, 1, 2, 4, new int[] {3, 1});

  @Test
  void distributionFunctionIsLinearWithinEachBin() {
    assertThat(SKEWED.cdf(0, -1)).isZero();
    assertThat(SKEWED.cdf(0, 0.5)).isEqualTo(0.375);
    assertThat(SKEWED.cdf(0, 1)).isEqualTo(0.75);
    assertThat(SKEWED.cdf(0, 1.5)).isEqualTo(0.875);
    assertThat(SKEWED.cdf(0, 2)).isEqualTo(1);
    assertThat(SKEWED.cdf(0, 9)).isEqualTo(1);
  }

  @Test
  void crpsOfTheUniformDistributionMatchesHandComputedIntegrals() {
    // integral_0^y x^2 dx + integral_y^1 (x - 1)^2 dx = y^3/3 + (1 - y)^3/3
    assertThat(UNIFORM.crps(0, 0.5)).isCloseTo(1.0 / 12, within(1e-12));
    assertThat(UNIFORM.crps(0, 0)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(UNIFORM.crps(0, 0.25)).isCloseTo((1.0 / 64 + 27.0 / 64) / 3, within(1e-12));
    // Outside the range: 1/3 inside it plus the distance to the observation, where F - 1 = -1 or F = 1.
    assertThat(UNIFORM.crps(0, 2)).isCloseTo(1.0 / 3 + 1, within(1e-12));
    assertThat(UNIFORM.crps(0, -0.5)).isCloseTo(1.0 / 3 + 0.5, within(1e-12));
  }

  @Test
  void crpsAgreesWithTheKernelFormOfGneitingAndRaftery() {
    // Gneiting and Raftery 2007, eq. 21: CRPS(F, y) = E|X - y| - E|X - X'| / 2. For U(0, 1),
    // E|X - y| = (y^2 + (1 - y)^2) / 2 and E|X - X'| = 1/3.
    for (double y : new double[] {0.1, 0.25, 0.6, 0.9}) {
      double kernel = (y * y + (1 - y) * (1 - y)) / 2 - 1.0 / 6;
      assertThat(UNIFORM.crps(0, y)).as("y=" + y).isCloseTo(kernel, within(1e-12));
    }
  }

  @Test
  void crpsOfTwoUnevenBinsMatchesHandComputedValue() {
    // y = 1: integral_0^1 (0.75 x)^2 dx = 0.1875, plus integral_0^1 (0.25 t - 0.25)^2 dt = 0.0625 / 3.
    assertThat(SKEWED.crps(0, 1)).isCloseTo(0.1875 + 0.0625 / 3, within(1e-12));
  }

  @Test
  void crpsOfANearlyCertainForecastIsTheDistanceToTheObservation() {
    // Every run in [5, 5.01): 0.01/3 inside the bin, then 8 - 5.01 with F = 1 (section 4.2 of
    // Gneiting and Raftery: for a point forecast the CRPS is the absolute error).
    int[] counts = new int[1000];
    counts[500] = 10;
    SeriesHistogram h = new SeriesHistogram(0, 0.01, 1000, 10, counts);
    assertThat(h.crps(0, 8)).isCloseTo(0.01 / 3 + 2.99, within(1e-9));
  }

  @Test
  void eachMonthIsReadFromItsOwnBins() {
    SeriesHistogram twoMonths = new SeriesHistogram(0, 1, 2, 2, new int[] {2, 0, 0, 2});
    assertThat(twoMonths.months()).isEqualTo(2);
    assertThat(twoMonths.cdf(0, 1)).isEqualTo(1);
    assertThat(twoMonths.cdf(1, 1)).isZero();
  }

  @Test
  void rejectsMalformedHistograms() {
    assertThatThrownBy(() -> new SeriesHistogram(0, 0, 1, 1, new int[] {1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SeriesHistogram(0, 1, 2, 1, new int[] {1})).isInstanceOf(IllegalArgumentException.class);
  }
}
