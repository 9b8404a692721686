package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DyadTest {
  private static final int USA = Countries.idOfCode("USA");
  private static final int PRK = Countries.idOfCode("PRK");

  @Test
  void dashMatchesBothDirectionsAndArrowOnlyOne() {
    Dyad both = Dyad.parse("USA-PRK");
    Dyad one = Dyad.parse("USA>PRK");
    assertThat(both.matches(USA, PRK)).isTrue();
    assertThat(both.matches(PRK, USA)).isTrue();
    assertThat(one.matches(USA, PRK)).isTrue();
    assertThat(one.matches(PRK, USA)).isFalse();
    assertThat(one).hasToString("USA>PRK");
  }

  @Test
  void rejectsAnythingButTwoThreeLetterCodes() {
    assertThatThrownBy(() -> Dyad.parse("US-PRK")).hasMessageContaining("USA-PRK");
    assertThatThrownBy(() -> Dyad.parse("usa-prk")).hasMessageContaining("three-letter");
    assertThatThrownBy(() -> Dyad.parse("USA+PRK")).hasMessageContaining("USA+PRK");
  }
}
