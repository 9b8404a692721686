package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventRecordTest {
  private static EventRecord record(String id, String source, String code, int tenths) {
    return new EventRecord("gdelt", id, LocalDate.of(2018, 6, 1), source, "PRK", code, tenths, 1, 1, 2);
  }

  @Test
  void anIdIsStorableUpToTheWidthOfTheDatabaseColumn() {
    assertThat(EventRecord.MAX_ID_LENGTH).isEqualTo(40);
    assertThat(EventRecord.idProblem("7".repeat(40))).isNull();
    assertThat(EventRecord.idProblem("7".repeat(41))).isEqualTo("\"" + "7".repeat(40) + "...\" (41 characters)");
    assertThat(EventRecord.idProblem("")).isEqualTo("an empty id");
  }

  @Test
  void anIdWithAControlCharacterIsNotStorable() {
    // PostgreSQL text cannot hold NUL; a line break or tab in an id comes from broken quoting.
    assertThat(EventRecord.idProblem("3\u00004")).isEqualTo("an id with the control character U+0000 at character 2");
    assertThat(EventRecord.idProblem("a\nb")).contains("U+000A");
    assertThat(EventRecord.idProblem("ICEWS-20180601-é")).isNull();
  }

  @Test
  void refusesValuesTheEventTableCannotHold() {
    assertThat(record("1", "USA", "040", 10).id()).isEqualTo("1");
    assertThat(record("1", null, "0874", -100).sourceCountry()).isNull();
    assertThatThrownBy(() -> record("1".repeat(41), "USA", "040", 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("41 characters");
    assertThatThrownBy(() -> record("1", "USA", "13y", 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> record("1", "USA", "04000", 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> record("1", "US", "040", 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> record("1", "USA", "040", 101)).isInstanceOf(IllegalArgumentException.class);
  }
}
