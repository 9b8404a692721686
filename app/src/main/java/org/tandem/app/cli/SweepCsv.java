package org.tandem.app.cli;

import java.util.Locale;
import org.tandem.core.sweep.Correlation;
import org.tandem.core.sweep.PrccTable;
import org.tandem.core.sweep.SobolIndex;
import org.tandem.core.sweep.SobolTable;
import org.tandem.core.sweep.SweepResult;
import org.tandem.core.sweep.Swing;
import org.tandem.core.sweep.Tornado;

/** A sweep's analysis as CSV, one row per output and parameter; columns depend on the method. */
final class SweepCsv {
  private SweepCsv() {}

  static String of(SweepResult r) {
    StringBuilder b = new StringBuilder();
    if (r.analysis() instanceof Tornado t) {
      b.append("output,parameter,low,high,output_at_low,output_at_high,swing,output_at_scenario\n");
      for (Swing s : t.swings()) {
        row(b, s.output(), s.parameter(), s.low(), s.high(), s.atLow(), s.atHigh(), s.swing(), s.base());
      }
    } else if (r.analysis() instanceof PrccTable t) {
      b.append("output,parameter,prcc,prcc_low,prcc_high,p_value\n");
      for (Correlation c : t.correlations()) {
        row(b, c.output(), c.parameter(), c.estimate().value(), c.estimate().low(), c.estimate().high(),
            c.estimate().pValue());
      }
    } else {
      b.append("output,parameter,first_order,first_order_low,first_order_high,total,total_low,total_high\n");
      for (SobolIndex s : ((SobolTable) r.analysis()).indices()) {
        var e = s.estimate();
        row(b, s.output(), s.parameter(), e.firstOrder(), e.firstLow(), e.firstHigh(), e.total(), e.totalLow(),
            e.totalHigh());
      }
    }
    return b.toString();
  }

  /** Ids are kebab-case with dots and colons, so they need no quoting; NaN is an empty cell. */
  private static void row(StringBuilder b, String output, String parameter, double... values) {
    b.append(output).append(',').append(parameter);
    for (double v : values) {
      b.append(',').append(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v));
    }
    b.append('\n');
  }
}
