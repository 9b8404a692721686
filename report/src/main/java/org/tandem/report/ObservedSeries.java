package org.tandem.report;

import java.time.YearMonth;
import java.util.List;

/**
 * A measured monthly series to show beside the simulated fans, such as the tension index
 * aggregated from coded event data by {@code tandem events}.
 *
 * @param name what was measured, e.g. "tension index, USA-PRK"
 * @param source where it comes from (a file, a database query), shown under the chart
 * @param months one month per value, in order
 * @param values the measurement of each month; NaN for a month without one (drawn as a gap in the line)
 */
public record ObservedSeries(String name, String source, List<YearMonth> months, double[] values) {
  public ObservedSeries {
    months = List.copyOf(months);
    values = values.clone();
    if (months.size() != values.length) {
      throw new IllegalArgumentException(months.size() + " months but " + values.length + " values");
    }
  }

  @Override
  public double[] values() {
    return values.clone();
  }
}
