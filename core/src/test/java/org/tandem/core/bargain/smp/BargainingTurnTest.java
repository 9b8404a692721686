package org.tandem.core.bargain.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tandem.core.bargain.Fixtures;
import org.tandem.core.bargain.Problem;

/** Hand-computed bargains (KTAB smp.cpp, interpBrgnSnPm and interpBrgnS2PMax). */
class BargainingTurnTest {

  private static SmpOptions with(SmpOptions.Interpolation interpolation) {
    SmpOptions d = SmpOptions.DEFAULTS;
    return new SmpOptions(d.victoryProbability(), d.votingRule(), d.pce(), d.transitions(),
        d.riskRange(), d.riskAdjust(), d.thirdParty(), interpolation, d.bargains(),
        d.maxTurns(), d.stopRatio());
  }

  @Test
  void roundsToFourDecimalsHalfUp() {
    assertThat(BargainingTurn.round4(0.12345)).isEqualTo(0.1235);
    assertThat(BargainingTurn.round4(0.12344)).isEqualTo(0.1234);
    assertThat(BargainingTurn.round4(0.99996)).isEqualTo(1.0);
  }

  @Test
  void squaredSalienceAndProbabilityWeightsFavourTheLikelyWinner() {
    // Saliences 0.5 and 0.5, positions 0.2 and 0.6, P[i wins] = 0.8: w_i = 0.25 * 0.64 = 0.16,
    // w_j = 0.25 * 0.04 = 0.01; b = (0.16 * 0.2 + 0.01 * 0.6) / 0.17 = 0.22353 -> 0.2235 for
    // both sides (the 1e-6 term only matters when both weights vanish).
    Problem p = Fixtures.oneDimension(new double[] {1, 20, 50}, new double[] {1, 60, 50},
        new double[] {1, 40, 50});
    SmpOptions options = with(SmpOptions.Interpolation.S2P2);
    SmpActors actors = new SmpActors(p);
    SmpState s = new SmpState(actors, options, new double[] {0.2, 0.6, 0.4});
    Bargain b = new BargainingTurn(actors, options, null).interpolate(s, 0, 1, 0.8);
    assertThat(b.initiatorPosition(0)).isEqualTo(0.2235);
    assertThat(b.receiverPosition(0)).isEqualTo(0.2235);
  }

  @Test
  void linearWeightsMoveLess() {
    // S1P1: w_i = 0.5 * 0.8 = 0.4, w_j = 0.5 * 0.2 = 0.1; b = (0.08 + 0.06) / 0.5 = 0.28.
    Problem p = Fixtures.oneDimension(new double[] {1, 20, 50}, new double[] {1, 60, 50},
        new double[] {1, 40, 50});
    SmpOptions options = with(SmpOptions.Interpolation.S1P1);
    SmpActors actors = new SmpActors(p);
    SmpState s = new SmpState(actors, options, new double[] {0.2, 0.6, 0.4});
    Bargain b = new BargainingTurn(actors, options, null).interpolate(s, 0, 1, 0.8);
    assertThat(b.initiatorPosition(0)).isEqualTo(0.28);
  }

  @Test
  void probabilityGapMovesOnlyTheWeakerSide() {
    // S2PMax, P = 0.8: the initiator has no gap against it and stays at 0.2; the receiver
    // concedes dj = 0.6 * 0.25 / (0.15 + 1e-6 + 0.4 * 0.25) of the way: 0.6 - dj * 0.4.
    Problem p = Fixtures.oneDimension(new double[] {1, 20, 50}, new double[] {1, 60, 50},
        new double[] {1, 40, 50});
    SmpOptions options = with(SmpOptions.Interpolation.S2PMAX);
    SmpActors actors = new SmpActors(p);
    SmpState s = new SmpState(actors, options, new double[] {0.2, 0.6, 0.4});
    Bargain b = new BargainingTurn(actors, options, null).interpolate(s, 0, 1, 0.8);
    double dj = (0.6 * 0.25) / (0.6 * 0.25 + 1e-6 + 0.4 * 0.25);
    assertThat(b.initiatorPosition(0)).isCloseTo(0.2, within(1e-12));
    assertThat(b.receiverPosition(0)).isCloseTo(0.6 - dj * 0.4, within(1e-12));
  }
}
