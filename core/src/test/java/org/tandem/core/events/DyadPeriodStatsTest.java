package org.tandem.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DyadPeriodStatsTest {
  private static DyadPeriodStats stats(long[] quads, long sum, long conflict, long cooperation) {
    return new DyadPeriodStats("USA-PRK", "2018-06", LocalDate.of(2018, 6, 1), quads, sum, conflict, cooperation, 0);
  }

  @Test
  void tensionIsUndefinedWhenNoEventCarriesAWeight() {
    DyadPeriodStats neutral = stats(new long[] {2, 0, 0, 0}, 0, 0, 0);
    assertThat(neutral.tension()).isNaN();
    assertThat(neutral.goldsteinMean()).isEqualTo(0.0);
    assertThat(neutral.conflictShare()).isEqualTo(0.0);
  }

  @Test
  void pureConflictIsOneAndPureCooperationZero() {
    assertThat(stats(new long[] {0, 0, 1, 1}, -150, 150, 0).tension()).isEqualTo(1.0);
    assertThat(stats(new long[] {1, 1, 0, 0}, 80, 0, 80).tension()).isEqualTo(0.0);
    assertThat(stats(new long[] {1, 1, 0, 0}, 80, 0, 80).netCooperation()).isEqualTo(2);
  }

  @Test
  void holdsACopyOfItsCountsAndComparesThemByValue() {
    long[] counts = {1, 2, 3, 4};
    DyadPeriodStats s = stats(counts, 0, 10, 10);
    counts[0] = 99;
    assertThat(s.count(QuadClass.VERBAL_COOPERATION)).isEqualTo(1);
    assertThat(s).isEqualTo(stats(new long[] {1, 2, 3, 4}, 0, 10, 10)).hasSameHashCodeAs(stats(new long[] {1, 2, 3, 4}, 0, 10, 10));
    assertThat(s).isNotEqualTo(stats(new long[] {1, 2, 3, 5}, 0, 10, 10));
    assertThat(s.events()).isEqualTo(10);
  }

  @Test
  void meanIsUndefinedForAnEmptyCell() {
    assertThat(stats(new long[4], 0, 0, 0).goldsteinMean()).isNaN();
    assertThat(stats(new long[4], 0, 0, 0).conflictShare()).isNaN();
  }
}
