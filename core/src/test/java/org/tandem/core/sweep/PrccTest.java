package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.tandem.core.random.RandomStreams;

class PrccTest {

  @Test
  void signsAndOrderFollowAMonotoneFunction() {
    // y = 5 x1 - 2 x2 + 0 x3 + noise, x uniform on [0,1]^3: x1 increases y strongly, x2 decreases
    // it less strongly, x3 does nothing. Fixed seed; 200 points.
    UniformRandomProvider rng = new RandomStreams(12).substream(RandomStreams.key("test"), 0);
    double[][] x = LatinHypercube.points(200, new double[] {0, 0, 0}, new double[] {1, 1, 1}, rng);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = 5 * x[i][0] - 2 * x[i][1] + 0.3 * (rng.nextDouble() - 0.5);
    }
    List<PrccEstimate> e = Prcc.of(x, y);
    assertThat(e.get(0).value()).isGreaterThan(0.9);
    assertThat(e.get(1).value()).isLessThan(-0.5);
    assertThat(Math.abs(e.get(0).value())).isGreaterThan(Math.abs(e.get(1).value()));
    assertThat(e.get(0).significant()).isTrue();
    assertThat(e.get(1).significant()).isTrue();
    // x3 has no effect: its 95% interval holds 0. For a fresh seed this fails 5% of the time: over
    // seeds 0-399 it excluded 0 in 18 cases (4.5%), as a calibrated interval should. Seed fixed.
    assertThat(e.get(2).low()).isNegative();
    assertThat(e.get(2).high()).isPositive();
    assertThat(e.get(2).pValue()).isGreaterThan(0.05);
  }

  @Test
  void partialCorrelationRemovesTheOtherParameters() {
    // y = x1 + x2 exactly, x2 spread 10 times wider than x1. The plain rank correlation of x1 with
    // y is small (about 0.1), but with x2 removed x1 explains y's remaining ranks almost fully.
    UniformRandomProvider rng = new RandomStreams(5).substream(RandomStreams.key("test"), 0);
    double[][] x = LatinHypercube.points(300, new double[] {0, 0}, new double[] {1, 10}, rng);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i][0] + x[i][1];
    }
    List<PrccEstimate> e = Prcc.of(x, y);
    assertThat(e.get(0).value()).isGreaterThan(0.5);
    assertThat(e.get(1).value()).isGreaterThan(0.99);
  }

  @Test
  void fisherIntervalAndTTestMatchHandComputedValues() {
    // One parameter (p = 0) and n = 6 points: PRCC is Spearman's rho. Ranks of x: 1..6, of y:
    // 2,1,4,3,6,5, so sum d^2 = 6 and rho = 1 - 6*6/(6*35) = 0.828571. Fisher: z = atanh(rho) =
    // 1.18356, half width 1.959964 / sqrt(6 - 3) = 1.13159, interval tanh(0.05198) = 0.05193 to
    // tanh(2.31515) = 0.98068. t = rho sqrt(4 / (1 - rho^2)) = 2.95980 on 4 df, whose density is
    // (3/8)(1 + t^2/4)^(-5/2): two-sided p = 2 x its upper tail = 0.04156.
    double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
    double[] y = {20, 10, 40, 30, 60, 50};
    PrccEstimate e = Prcc.of(x, y).get(0);
    assertThat(e.value()).isCloseTo(0.828571, within(1e-6));
    assertThat(e.low()).isCloseTo(0.05193, within(1e-5));
    assertThat(e.high()).isCloseTo(0.98068, within(1e-5));
    assertThat(e.pValue()).isCloseTo(0.04156, within(1e-5));
  }

  @Test
  void twoParametersUseTheDegreesOfFreedomLeftAfterTheOtherOne() {
    // n = 7 points, k = 2 parameters, so p = 1 other parameter is controlled for. The values are
    // chosen for their ranks: rx1 = 1..7, rx2 = 1,4,6,7,5,3,2, ry = 3,5,2,1,6,4,7 (y is the cube of
    // those ranks, to show that only ranks count). Centred (minus 4): c1 = -3,-2,-1,0,1,2,3;
    // c2 = -3,0,2,3,1,-1,-2; cy = -1,1,-2,-3,2,0,3, each of squared length 28, and c1.c2 = 0, so
    // regressing on the other parameter leaves c1 and c2 unchanged. With a = c1.cy = 14 and
    // b = c2.cy = -14, the residual of y on x2 is cy - (b/28) c2, with c1.(residual) = a and squared
    // length 28 - b^2/28 = 21. So PRCC(x1) = 14 / sqrt(28 x 21) = 1/sqrt(3) = 0.5773503 and, in the
    // same way, PRCC(x2) = -14 / sqrt(28 x 21) = -1/sqrt(3).
    // Fisher: z = atanh(1/sqrt(3)) = ln(2 + sqrt(3)) / 2 = 0.6584789; half width 1.959964 /
    // sqrt(n - 3 - p) = 1.959964 / sqrt(3) = 1.1315857: interval tanh(-0.4731068) = -0.4407061 to
    // tanh(1.7900647) = 0.9457674. (sqrt(n - 3) would give -0.3108654 to 0.9272571.)
    // t = r sqrt((n - 2 - p) / (1 - r^2)) = (1/sqrt(3)) sqrt(4 / (2/3)) = sqrt(2) on 4 df, where
    // P(|T| < t) = x (3 - x^2) / 2 with x = t / sqrt(t^2 + 4) = 1/sqrt(3): p = 1 - 4 / (3 sqrt(3))
    // = 0.2301996. (n - 2 = 5 df would give t = sqrt(2.5) and p = 0.1746878.)
    double[][] x = {{10, 0.1}, {20, 0.4}, {30, 0.6}, {40, 0.7}, {50, 0.5}, {60, 0.3}, {70, 0.2}};
    double[] y = {27, 125, 8, 1, 216, 64, 343};
    List<PrccEstimate> e = Prcc.of(x, y);
    double r = 1 / Math.sqrt(3);
    assertThat(e.get(0).value()).isCloseTo(r, within(1e-9));
    assertThat(e.get(0).low()).isCloseTo(-0.4407061, within(1e-6));
    assertThat(e.get(0).high()).isCloseTo(0.9457674, within(1e-6));
    assertThat(e.get(0).pValue()).isCloseTo(1 - 4 / (3 * Math.sqrt(3)), within(1e-9));
    assertThat(e.get(1).value()).isCloseTo(-r, within(1e-9));
    assertThat(e.get(1).low()).isCloseTo(-0.9457674, within(1e-6));
    assertThat(e.get(1).high()).isCloseTo(0.4407061, within(1e-6));
    assertThat(e.get(1).pValue()).isCloseTo(1 - 4 / (3 * Math.sqrt(3)), within(1e-9));
  }

  @Test
  void tiesShareTheirAverageRank() {
    // One parameter: PRCC is Spearman's rho. y = 1,1,1,2,3,4 has three tied lowest values, which
    // share the average of ranks 1-3: ranks 2,2,2,4,5,6. Against x's ranks 1..6 (centred
    // -2.5..2.5, squared length 17.5), the centred y ranks -1.5,-1.5,-1.5,0.5,1.5,2.5 have squared
    // length 15.5 and product 15.5 with x's: rho = 15.5 / sqrt(17.5 x 15.5) = sqrt(31/35) =
    // 0.9411239. Lowest ranks for ties (1,1,1,4,5,6) would give 0.9376145, highest (3,3,3,4,5,6)
    // 0.9296697, ranks in order of appearance (1..6) 1.
    double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
    double[] y = {1, 1, 1, 2, 3, 4};
    assertThat(Prcc.of(x, y).get(0).value()).isCloseTo(Math.sqrt(31.0 / 35), within(1e-9));
  }

  @Test
  void constantOutputIsUndefined() {
    double[][] x = {{1, 5}, {2, 3}, {3, 4}, {4, 1}, {5, 2}, {6, 6}};
    PrccEstimate e = Prcc.of(x, new double[] {1, 1, 1, 1, 1, 1}).get(0);
    assertThat(e.value()).isNaN();
  }

  @Test
  void tooFewPointsAreRefused() {
    assertThatThrownBy(() -> Prcc.of(new double[][] {{1, 2}, {2, 1}, {3, 3}, {4, 4}}, new double[] {1, 2, 3, 4}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 5");
  }
}
