package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  private static int key(Period p, LocalDate d) {
    return p.key((int) d.toEpochDay(), d.getYear(), d.getMonthValue());
  }

  @Test
  void weeksStartOnMondayAndAreLabelledByIsoWeek() {
    for (LocalDate d = LocalDate.of(2018, 5, 20); d.isBefore(LocalDate.of(2018, 7, 1)); d = d.plusDays(1)) {
      LocalDate start = Period.WEEK.start(key(Period.WEEK, d));
      assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
      assertThat(start).isAfterOrEqualTo(d.minusDays(6)).isBeforeOrEqualTo(d);
    }
    assertThat(Period.WEEK.label(key(Period.WEEK, LocalDate.of(2018, 6, 1)))).isEqualTo("2018-W22");
  }

  @Test
  void monthsAndDaysStartWhereTheirLabelsSay() {
    LocalDate d = LocalDate.of(2018, 6, 12);
    assertThat(Period.MONTH.start(key(Period.MONTH, d))).isEqualTo(LocalDate.of(2018, 6, 1));
    assertThat(Period.MONTH.label(key(Period.MONTH, d))).isEqualTo("2018-06");
    assertThat(Period.DAY.label(key(Period.DAY, d))).isEqualTo("2018-06-12");
  }
}
