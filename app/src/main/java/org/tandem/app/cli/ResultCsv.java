package org.tandem.app.cli;

import java.util.Locale;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;

/** The series of a simulation as CSV: one row per month, mean and quantiles of every series. */
final class ResultCsv {
  private ResultCsv() {}

  static String of(SimulationResult r) {
    StringBuilder b = new StringBuilder("month");
    for (SeriesResult s : r.series()) {
      for (String stat : new String[] {"mean", "p05", "p25", "p50", "p75", "p95"}) {
        b.append(',').append(s.id()).append('_').append(stat);
      }
    }
    r.milestones().forEach(m -> b.append(",p_").append(m.id()));
    b.append('\n');
    for (int t = 0; t < r.months(); t++) {
      b.append(r.monthAt(t));
      for (SeriesResult s : r.series()) {
        for (double[] values : new double[][] {s.mean(), s.p05(), s.p25(), s.p50(), s.p75(), s.p95()}) {
          b.append(',').append(String.format(Locale.ROOT, "%.6g", values[t]));
        }
      }
      final int month = t;
      r.milestones().forEach(m -> b.append(',').append(String.format(Locale.ROOT, "%.6g", m.cumulative()[month])));
      b.append('\n');
    }
    return b.toString();
  }
}
