package org.tandem.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("preconditions", "reciprocal", "repeatable", "track");

  @Test
  void suggestsTheClosestKeyForATypo() {
    assertThat(Suggestions.hint("precondtion", KEYS)).isEqualTo(" - did you mean 'preconditions'?");
    assertThat(Suggestions.closest("trakc", KEYS)).hasValue("track");
    assertThat(Suggestions.closest("Track", KEYS)).hasValue("track");
  }

  @Test
  void suggestsNothingWhenNoCandidateIsClose() {
    assertThat(Suggestions.hint("colour", KEYS)).isEmpty();
    assertThat(Suggestions.closest("x", List.of())).isEmpty();
    assertThat(Suggestions.closest("ab", List.of("xy"))).isEmpty();
  }

  @Test
  void countsATranspositionAsOneEdit() {
    assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }
}
