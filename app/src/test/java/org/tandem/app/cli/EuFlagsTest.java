package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tandem.core.bargain.eu.EuMode;
import org.tandem.core.bargain.eu.EuOptions;
import org.tandem.core.error.UserException;

class EuFlagsTest {

  private static EuFlags flags(String mode, int rounds, double q, double t) {
    EuFlags f = new EuFlags();
    f.mode = mode;
    f.rounds = rounds;
    f.q = q;
    f.t = t;
    return f;
  }

  @Test
  void resolvesModeRoundsAndProbabilities() {
    assertThat(flags("Replication-Compatible", 3, 0.5, 0.25).resolve())
        .isEqualTo(new EuOptions(EuMode.REPLICATION_COMPATIBLE, 3, 0.5, 0.25));
  }

  @Test
  void rejectsUnknownModesAndOutOfRangeValuesNamingTheFlag() {
    assertThatThrownBy(() -> flags("scholz", 10, 1, 1).resolve())
        .isInstanceOf(UserException.class).hasMessageStartingWith("--eu-mode")
        .hasMessageContaining("as-published, replication-compatible");
    assertThatThrownBy(() -> flags("as-published", 10, 1.2, 1).resolve())
        .isInstanceOf(UserException.class).hasMessageStartingWith("--eu-q");
    assertThatThrownBy(() -> flags("as-published", 10, 1, -0.1).resolve())
        .isInstanceOf(UserException.class).hasMessageStartingWith("--eu-t");
    assertThatThrownBy(() -> flags("as-published", 10_001, 1, 1).resolve())
        .isInstanceOf(UserException.class).hasMessageStartingWith("--eu-rounds");
  }
}
