package org.tandem.core.bargain.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed checks of the election primitives (KTAB kmodel.cpp formulas). */
class ElectionsTest {

  @Test
  void votingRulesShapeTheUtilityDifference() {
    // By hand, w = 2, u1 - u2 = 0.5: prop 1.0; cubic 2 * 0.125 = 0.25; binary 2;
    // PropBin 2 * (0.8 * 0.5 + 0.2) = 1.2; PropCbc 2 * (0.25 + 0.0625) = 0.625;
    // ASymProsp gain 2 * 2 * 0.5 / 3 = 0.6667, loss -1.0.
    assertThat(Elections.vote(SmpOptions.VotingRule.PROPORTIONAL, 2, 0.75, 0.25)).isEqualTo(1.0);
    assertThat(Elections.vote(SmpOptions.VotingRule.CUBIC, 2, 0.75, 0.25)).isEqualTo(0.25);
    assertThat(Elections.vote(SmpOptions.VotingRule.BINARY, 2, 0.75, 0.25)).isEqualTo(2.0);
    assertThat(Elections.vote(SmpOptions.VotingRule.PROP_BIN, 2, 0.75, 0.25))
        .isCloseTo(1.2, within(1e-12));
    assertThat(Elections.vote(SmpOptions.VotingRule.PROP_CBC, 2, 0.75, 0.25))
        .isCloseTo(0.625, within(1e-12));
    assertThat(Elections.vote(SmpOptions.VotingRule.ASYM_PROSP, 2, 0.75, 0.25))
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Elections.vote(SmpOptions.VotingRule.ASYM_PROSP, 2, 0.25, 0.75)).isEqualTo(-1.0);
  }

  @Test
  void victoryProbabilityLaws() {
    // By hand: 3 vs 1: linear 0.75, square 9/10, quartic 81/82; binary: 3 >= 1.1 -> 1/(1+1e-6).
    assertThat(Elections.victory(SmpOptions.VictoryProbability.LINEAR, 3, 1)).isEqualTo(0.75);
    assertThat(Elections.victory(SmpOptions.VictoryProbability.SQUARE, 3, 1)).isEqualTo(0.9);
    assertThat(Elections.victory(SmpOptions.VictoryProbability.QUARTIC, 3, 1))
        .isCloseTo(81.0 / 82, within(1e-15));
    assertThat(Elections.victory(SmpOptions.VictoryProbability.BINARY, 3, 1))
        .isCloseTo(1 / (1 + 1e-6), within(1e-15));
    // 1.05 vs 1: r = 1.05/2.05, p = (r * 2.1 - 1) / 0.1
    double r = 1.05 / 2.05;
    assertThat(Elections.victory(SmpOptions.VictoryProbability.BINARY, 1.05, 1))
        .isCloseTo((r * 2.1 - 1) / 0.1, within(1e-12));
  }

  @Test
  void conditionalPceIsTheNormalisedProductOfPairwiseVictories() {
    // Two options, strengths 3 and 1: P[0>1] = 0.75, diagonals 0.5; products 0.375, 0.125
    // -> 0.75, 0.25.
    double[] c = {1e-8, 3, 1, 1e-8};
    double[] p = Elections.probabilities(SmpOptions.Pce.CONDITIONAL,
        SmpOptions.VictoryProbability.LINEAR, c, 2);
    assertThat(p).containsExactly(new double[] {0.75, 0.25}, within(1e-9));
  }

  @Test
  void markovPcesSumToOneAndFavourTheStrongerOption() {
    double[] c = {1e-8, 3, 2, 1, 1e-8, 1, 1, 2, 1e-8};
    for (SmpOptions.Pce pce : new SmpOptions.Pce[] {SmpOptions.Pce.MARKOV_UNIFORM,
        SmpOptions.Pce.MARKOV_INCENTIVE}) {
      double[] p = Elections.probabilities(pce, SmpOptions.VictoryProbability.LINEAR, c, 3);
      assertThat(p[0] + p[1] + p[2]).as("%s", pce).isCloseTo(1.0, within(1e-6));
      assertThat(p[0]).as("%s", pce).isGreaterThan(p[1]).isGreaterThan(p[2]);
    }
  }
}
