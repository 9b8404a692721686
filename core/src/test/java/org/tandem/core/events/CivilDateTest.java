package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CivilDateTest {
  @Test
  void epochDayAgreesWithLocalDateAcrossCenturiesAndLeapDays() {
    for (LocalDate d = LocalDate.of(1899, 1, 1); d.isBefore(LocalDate.of(2101, 1, 1)); d = d.plusDays(1)) {
      assertThat(CivilDate.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(d.toEpochDay());
    }
  }

  @Test
  void rejectsDaysThatDoNotExist() {
    assertThat(CivilDate.isValid(2018, 2, 29)).isFalse();
    assertThat(CivilDate.isValid(2000, 2, 29)).isTrue();
    assertThat(CivilDate.isValid(1900, 2, 29)).isFalse();
    assertThat(CivilDate.isValid(2018, 13, 1)).isFalse();
    assertThat(CivilDate.isValid(2018, 4, 31)).isFalse();
    assertThat(CivilDate.isValid(2018, 0, 10)).isFalse();
  }
}
