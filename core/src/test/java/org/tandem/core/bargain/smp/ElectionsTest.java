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

  /**
   * Coalition strengths C (row i, column j: strength of i against j) of a 3-option case, and by
   * hand its linear victory probabilities P[i>j] = C_ij / (C_ij + C_ji): P01 = 3/4, P02 = 2/3,
   * P12 = 1/3, their complements P10 = 1/4, P20 = 1/3, P21 = 2/3, and 1/2 on the diagonal.
   */
  private static final double[] THREE_OPTIONS = {1e-8, 3, 2, 1, 1e-8, 1, 1, 2, 1e-8};

  @Test
  void markovUniformPceIsTheFixedPointOfUniformChallenges() {
    // Fixed point of p_i = (1/3) sum_j P[i>j] (p_i + p_j) (Model::markovUniformPCE, see
    // Elections.markovUniform). Multiplying out with the P above:
    //   row 2: 3 p2 = (1/3)(p2 + p0) + (2/3)(p2 + p1) + p2   ->  3 p2 = p0 + 2 p1
    //   row 1: 3 p1 = (1/4)(p1 + p0) + p1 + (1/3)(p1 + p2)   -> 17 p1 = 3 p0 + 4 p2
    //   row 0 (7 p0 = 9 p1 + 8 p2) is implied. With p0 + p1 + p2 = 1: p = (43, 13, 23) / 79.
    // Option 2 beats option 1 though both lose to 0: transposing C would make 1 the favourite.
    double[] p = Elections.probabilities(SmpOptions.Pce.MARKOV_UNIFORM,
        SmpOptions.VictoryProbability.LINEAR, THREE_OPTIONS, 3);
    assertThat(p).containsExactly(new double[] {43.0 / 79, 13.0 / 79, 23.0 / 79},
        within(1e-5));
  }

  @Test
  void markovIncentivePceIsTheFixedPointOfIncentiveWeightedChallenges() {
    // Model::markovIncentivePCE (Elections.markovIncentive): incentive I_ij = C_ij P[i>j]
    // (diagonal ~5e-9, negligible here): I01 = 9/4, I02 = 4/3, I10 = 1/4, I12 = 1/3, I20 = 1/3,
    // I21 = 4/3. The chance that i challenges status quo j is I_ij over column j's sum (7/12,
    // 43/12, 5/3): Ch10 = 3/7, Ch20 = 4/7, Ch01 = 27/43, Ch21 = 16/43, Ch02 = 4/5, Ch12 = 1/5.
    // Option i wins as status quo against j or as j's challenger:
    //   p_i = sum_j P[i>j] (p_i Ch_ji + p_j Ch_ij), i.e.
    //   (25/84) p0 = (81/172) p1 + (8/15) p2,  (371/516) p1 = (3/28) p0 + (1/15) p2,
    // and p0 + p1 + p2 = 1: p = (22477, 4171, 8860) / 35508 (exact fractions, solved in
    // rational arithmetic; the third row, (3/5) p2 = (4/21) p0 + (32/129) p1, holds too).
    double[] p = Elections.probabilities(SmpOptions.Pce.MARKOV_INCENTIVE,
        SmpOptions.VictoryProbability.LINEAR, THREE_OPTIONS, 3);
    assertThat(p).containsExactly(
        new double[] {22477.0 / 35508, 4171.0 / 35508, 8860.0 / 35508}, within(1e-6));
  }
}
