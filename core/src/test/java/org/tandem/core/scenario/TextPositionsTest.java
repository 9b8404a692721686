package org.tandem.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tandem.core.error.Location;

class TextPositionsTest {

  @Test
  void countsColumnsAndLinesOfAStraightText() {
    TextPositions p = TextPositions.straight(new Location("f", 3, 10), "ab\ncd");
    assertThat(p.at(0)).isEqualTo(new Location("f", 3, 10));
    assertThat(p.at(1)).isEqualTo(new Location("f", 3, 11));
    assertThat(p.at(3)).isEqualTo(new Location("f", 4, 1));
    assertThat(p.at(5)).isEqualTo(new Location("f", 4, 3));
  }

  @Test
  void clampsOffsetsOutsideTheText() {
    TextPositions p = TextPositions.straight(new Location("f", 1, 1), "ab");
    assertThat(p.at(-4)).isEqualTo(new Location("f", 1, 1));
    assertThat(p.at(99)).isEqualTo(new Location("f", 1, 3));
  }

  @Test
  void comparesByContent() {
    assertThat(TextPositions.straight(new Location("f", 1, 1), "ab"))
        .isEqualTo(TextPositions.straight(new Location("f", 1, 1), "xy"))
        .isNotEqualTo(TextPositions.straight(new Location("f", 2, 1), "ab"));
  }
}
