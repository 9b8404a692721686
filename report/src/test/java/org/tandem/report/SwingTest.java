package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SwingTest {

  @Test
  void rangeIsTheWidthBetweenTheTwoSwingsWhateverTheirSigns() {
    assertThat(new Swing("p", "o", -0.1, 0.3).range()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(new Swing("p", "o", 0.1, 0.3).range()).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(new Swing("p", "o", 0.2, -0.3).range()).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void rejectsSwingsThatAreNotFinite() {
    assertThatThrownBy(() -> new Swing("steps.x.pace", "o", Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("steps.x.pace");
  }
}
