package org.tandem.store.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoringRulesTest {
  @Test
  void brierScoreIsTheSquaredDistanceToWhatHappened() {
    assertThat(ScoringRules.brier(0.5, true)).isEqualTo(0.25);
    assertThat(ScoringRules.brier(0.5, false)).isEqualTo(0.25);
    assertThat(ScoringRules.brier(0.2, true)).isEqualTo(0.64, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(ScoringRules.brier(0, false)).isZero();
  }

  @Test
  void intervalScoreFollowsGneitingAndRafteryEquation43() {
    // [10, 20] as a 90% interval (alpha 0.1): width 10, plus 2 / 0.1 = 20 per unit outside.
    assertThat(ScoringRules.intervalScore(10, 20, 0.1, 15)).isEqualTo(10);
    assertThat(ScoringRules.intervalScore(10, 20, 0.1, 20)).isEqualTo(10);
    assertThat(ScoringRules.intervalScore(10, 20, 0.1, 25)).isEqualTo(10 + 20 * 5);
    assertThat(ScoringRules.intervalScore(10, 20, 0.1, 8)).isEqualTo(10 + 20 * 2);
    // A 50% interval charges 2 / 0.5 = 4 per unit.
    assertThat(ScoringRules.intervalScore(0, 1, 0.5, 3)).isEqualTo(1 + 4 * 2);
  }

  @Test
  void intervalScoreRejectsImpossibleArguments() {
    assertThatThrownBy(() -> ScoringRules.intervalScore(2, 1, 0.1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoringRules.intervalScore(0, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
