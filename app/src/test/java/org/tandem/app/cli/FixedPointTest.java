package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class FixedPointTest {
  private static String formatter(double x, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", x);
  }

  @Test
  void writesHandPickedValuesAsTheFormatterDoes() {
    assertThat(FixedPoint.format(-248.5, 1)).isEqualTo("-248.5");
    assertThat(FixedPoint.format(0.5652173913043478, 6)).isEqualTo("0.565217");
    assertThat(FixedPoint.format(0.0000005, 6)).isEqualTo("0.000001");
    assertThat(FixedPoint.format(2.5, 0)).isEqualTo("3");
    assertThat(FixedPoint.format(-0.0, 1)).isEqualTo("-0.0");
    assertThat(FixedPoint.format(-0.00000001, 6)).isEqualTo("-0.000000");
    assertThat(FixedPoint.format(1e20, 2)).isEqualTo("100000000000000000000.00");
    for (double x : new double[] {-248.5, 0.5652173913043478, 0.0000005, 2.5, -0.0, -0.00000001, 1e20, 0.125,
        0.0125, 1.0 / 3, 2.0 / 3, 0.05, 0.15, 0.25, 0.35, 1.005, Double.NaN, Double.POSITIVE_INFINITY}) {
      for (int places = 0; places <= 6; places++) {
        assertThat(FixedPoint.format(x, places)).as("%s with %d places", x, places).isEqualTo(formatter(x, places));
      }
    }
  }

  @Test
  void agreesWithTheFormatterOnRandomValues() {
    long seed = 20240611L;
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
    for (int i = 0; i < 100_000; i++) {
      double scale = Math.pow(10, rng.nextInt(12) - 6);
      double x = (rng.nextDouble() * 2 - 1) * scale;
      if (i % 3 == 0) {
        x = Math.round(x * 1e4) / 1e4 + 5e-7 * (rng.nextInt(3) - 1);
      }
      int places = rng.nextInt(8);
      assertThat(FixedPoint.format(x, places)).as("%s with %d places (seed %d)", x, places, seed)
          .isEqualTo(formatter(x, places));
    }
  }
}
