package org.tandem.core.bargain.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.bargain.Actor;
import org.tandem.core.bargain.Fixtures;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.Location;

/** Hand-computed checks of the per-state formulas (KTAB smp.cpp, kmodel.cpp). */
class SmpStateTest {

  @Test
  void utilityBendsWithRiskAttitude() {
    // (1 - d)(1 + d R): d = 0.25 -> 0.75 neutral, 0.75 * 1.25 = 0.9375 averse, 0.75 * 0.875 =
    // 0.65625 at R = -0.5; beyond d = 1 the factor is (1 + R): (1 - 1.2)(1.5) = -0.3.
    assertThat(SmpState.utilityOf(0.25, 0)).isEqualTo(0.75);
    assertThat(SmpState.utilityOf(0.25, 1)).isEqualTo(0.9375);
    assertThat(SmpState.utilityOf(0.25, -0.5)).isEqualTo(0.65625);
    assertThat(SmpState.utilityOf(1.2, 0.5)).isCloseTo(-0.3, within(1e-12));
  }

  @Test
  void riskEstimatesMixOwnAndOthersAttitudes() {
    // OneThird: (2 * 0.9 - 0.3) / 3 = 0.5; Half: 0.3; TwoThirds: (0.9 - 0.6) / 3 = 0.1.
    assertThat(SmpState.estimateRisk(SmpOptions.RiskAdjust.ONE_THIRD, 0.9, -0.3))
        .isCloseTo(0.5, within(1e-12));
    assertThat(SmpState.estimateRisk(SmpOptions.RiskAdjust.HALF, 0.9, -0.3))
        .isCloseTo(0.3, within(1e-12));
    assertThat(SmpState.estimateRisk(SmpOptions.RiskAdjust.TWO_THIRDS, 0.9, -0.3))
        .isCloseTo(0.1, within(1e-12));
    assertThat(SmpState.estimateRisk(SmpOptions.RiskAdjust.NONE, 0.9, -0.3)).isEqualTo(0.9);
    assertThat(SmpState.estimateRisk(SmpOptions.RiskAdjust.FULL, 0.9, -0.3)).isEqualTo(-0.3);
  }

  @Test
  void distanceIsWeightedByTheViewersSaliences() {
    // Viewer saliences 0.3, 0.4; positions (0.1, 0.2) and (0.5, 0.5): weighted differences
    // 0.12 and 0.12, so d = sqrt(0.0288 / 0.25) = 0.339411...; the other actor weighs only the
    // second dimension: d = sqrt((0.3 * 0.6)^2 / 0.36) = 0.3.
    Location at = new Location("t", 1, 1);
    Problem p = new Problem("t", List.of("a", "b"), List.of(
        new Actor("i", "", 1, new double[] {10, 20}, new double[] {30, 40}, at),
        new Actor("j", "", 1, new double[] {50, 50}, new double[] {0, 60}, at),
        new Actor("k", "", 1, new double[] {10, 20}, new double[] {50, 50}, at)), at);
    SmpState s = new SmpState(new SmpActors(p), SmpOptions.DEFAULTS,
        new double[] {0.1, 0.2, 0.5, 0.5, 0.1, 0.2});
    assertThat(1 - s.neutralValue(0, 1)).isCloseTo(Math.sqrt(0.0288 / 0.25), within(1e-12));
    assertThat(1 - s.neutralValue(1, 0)).isCloseTo(0.3, within(1e-12));
    assertThat(s.neutralValue(0, 2)).isEqualTo(1.0);
  }

  @Test
  void positionsCloserThanATenthShareTheirWinningProbability() {
    Problem p = Fixtures.oneDimension(new double[] {1, 10, 50}, new double[] {1, 10.05, 50},
        new double[] {1, 60, 50});
    SmpState s = new SmpState(new SmpActors(p), SmpOptions.DEFAULTS,
        new double[] {0.1, 0.1005, 0.6});
    assertThat(s.uniquePositions()).containsExactly(0, 2);
    double[] w = s.winningProbabilities();
    assertThat(w[0]).isEqualTo(w[1]);
    assertThat(w[0] + w[2]).isCloseTo(1.0, within(1e-12));
    // Two of three equal votes at 0.1: that position is more likely.
    assertThat(w[0]).isGreaterThan(w[2]);
    double expected = w[0] * 0.1 + w[2] * 0.6;
    assertThat(s.expectedPosition()[0]).isCloseTo(expected, within(1e-12));
  }

  @Test
  void theMostLikelyPositionMakesItsHolderMostRiskAverse() {
    Problem p = Fixtures.oneDimension(new double[] {5, 10, 50}, new double[] {1, 50, 50},
        new double[] {1, 90, 50});
    SmpState s = new SmpState(new SmpActors(p), SmpOptions.DEFAULTS,
        new double[] {0.1, 0.5, 0.9});
    // Mid range: the extremes of the three attitudes are exactly +1 and -0.5.
    double max = Math.max(s.riskAttitude(0), Math.max(s.riskAttitude(1), s.riskAttitude(2)));
    double min = Math.min(s.riskAttitude(0), Math.min(s.riskAttitude(1), s.riskAttitude(2)));
    assertThat(max).isCloseTo(1.0, within(1e-12));
    assertThat(min).isCloseTo(-0.5, within(1e-12));
    assertThat(s.riskAttitude(0)).isEqualTo(max);
  }
}
