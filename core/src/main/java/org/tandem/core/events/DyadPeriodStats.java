package org.tandem.core.events;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * What happened within one dyad in one period.
 *
 * @param dyad the dyad as written, e.g. USA-PRK
 * @param period the period's label (2018-06-01, 2018-W22, 2018-06)
 * @param start the period's first day
 * @param quadCounts events per quad class, index 0 to 3 for quad classes 1 to 4
 * @param goldsteinTenthsSum sum of the events' Goldstein values, in tenths (exact)
 * @param conflictTenths sum of -g over events with negative Goldstein value g, in tenths
 * @param cooperationTenths sum of g over events with positive Goldstein value g, in tenths
 * @param fallbackCodes events whose code was not in the table and took its parent's or root's value
 */
public record DyadPeriodStats(String dyad, String period, LocalDate start, long[] quadCounts,
    long goldsteinTenthsSum, long conflictTenths, long cooperationTenths, long fallbackCodes) {

  public DyadPeriodStats {
    quadCounts = quadCounts.clone();
    if (quadCounts.length != 4) {
      throw new IllegalArgumentException("four quad counts expected");
    }
  }

  @Override
  public long[] quadCounts() {
    return quadCounts.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DyadPeriodStats s && dyad.equals(s.dyad) && period.equals(s.period) && start.equals(s.start)
        && Arrays.equals(quadCounts, s.quadCounts) && goldsteinTenthsSum == s.goldsteinTenthsSum
        && conflictTenths == s.conflictTenths && cooperationTenths == s.cooperationTenths
        && fallbackCodes == s.fallbackCodes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dyad, period, Arrays.hashCode(quadCounts), goldsteinTenthsSum, conflictTenths,
        cooperationTenths, fallbackCodes);
  }

  @Override
  public String toString() {
    return dyad + " " + period + " " + Arrays.toString(quadCounts) + " goldstein " + goldsteinSum();
  }

  /** Events of quad class {@code quad} (1 to 4). */
  public long count(QuadClass quad) {
    return quadCounts[quad.number() - 1];
  }

  public long events() {
    return quadCounts[0] + quadCounts[1] + quadCounts[2] + quadCounts[3];
  }

  public double goldsteinSum() {
    return goldsteinTenthsSum / 10.0;
  }

  /** Mean Goldstein value; NaN when there are no events. */
  public double goldsteinMean() {
    long n = events();
    return n == 0 ? Double.NaN : goldsteinTenthsSum / 10.0 / n;
  }

  /** (verbal + material cooperation) - (verbal + material conflict), in events. */
  public long netCooperation() {
    return quadCounts[0] + quadCounts[1] - quadCounts[2] - quadCounts[3];
  }

  /** Share of events in the two conflict quad classes; NaN when there are no events. */
  public double conflictShare() {
    long n = events();
    return n == 0 ? Double.NaN : (double) (quadCounts[2] + quadCounts[3]) / n;
  }

  /**
   * The tension index (docs/events.md): the Goldstein-weighted share of conflict, C / (C + K), where
   * C sums the magnitudes of negative Goldstein values and K the positive ones. 0 is pure
   * cooperation, 1 pure conflict; NaN when no event carries a non-zero value.
   */
  public double tension() {
    long total = conflictTenths + cooperationTenths;
    return total == 0 ? Double.NaN : (double) conflictTenths / total;
  }
}
