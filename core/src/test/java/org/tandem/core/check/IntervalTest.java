package org.tandem.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntervalTest {
  private static final Interval UNIT = new Interval(0, 1);

  @Test
  void addsAndSubtractsBounds() {
    assertThat(UNIT.plus(new Interval(2, 3))).isEqualTo(new Interval(2, 4));
    assertThat(UNIT.minus(new Interval(2, 3))).isEqualTo(new Interval(-3, -1));
    assertThat(new Interval(-1, 0.5).negate()).isEqualTo(new Interval(-0.5, 1));
  }

  @Test
  void multipliesByTheExtremeProducts() {
    assertThat(new Interval(-2, 3).times(new Interval(-1, 4))).isEqualTo(new Interval(-8, 12));
    assertThat(Interval.NON_NEGATIVE.times(Interval.point(0))).isEqualTo(Interval.point(0));
  }

  @Test
  void dividesOnlyByARangeWithoutZero() {
    assertThat(UNIT.dividedBy(new Interval(-1, 1))).isEqualTo(Interval.ANY);
    assertThat(new Interval(2, 4).dividedBy(new Interval(1, 2))).isEqualTo(new Interval(1, 4));
  }

  @Test
  void printsInfiniteBoundsAsWords() {
    assertThat(Interval.NON_NEGATIVE).hasToString("[0, inf]");
    assertThat(new Interval(0.5, 2)).hasToString("[0.5, 2]");
    assertThat(UNIT.union(new Interval(-1, 0.5))).isEqualTo(new Interval(-1, 1));
  }
}
