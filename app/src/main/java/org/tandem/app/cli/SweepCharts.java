package org.tandem.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.result.Estimate;
import org.tandem.core.sweep.SobolTable;
import org.tandem.core.sweep.SweepResult;
import org.tandem.core.sweep.Tornado;
import org.tandem.report.Chart;
import org.tandem.report.SensitivityCharts;

/**
 * The report charts of a sweep: a tornado per output for one-at-a-time sweeps, Sobol' indices per
 * output for Sobol' sweeps. Partial rank correlations (lhs) stay in the text, JSON and CSV results.
 */
final class SweepCharts {
  private SweepCharts() {}

  static List<Chart> of(SweepResult result) {
    List<Chart> charts = new ArrayList<>();
    if (result.analysis() instanceof Tornado tornado) {
      Map<String, List<org.tandem.report.Swing>> byOutput = new LinkedHashMap<>();
      for (org.tandem.core.sweep.Swing s : tornado.swings()) {
        byOutput.computeIfAbsent(s.output(), o -> new ArrayList<>())
            .add(new org.tandem.report.Swing(s.parameter(), s.output(), s.atLow() - s.base(), s.atHigh() - s.base()));
      }
      int i = 0;
      for (Map.Entry<String, List<org.tandem.report.Swing>> e : byOutput.entrySet()) {
        charts.add(SensitivityCharts.tornado("tornado-" + i++, e.getKey(), e.getValue()));
      }
    } else if (result.analysis() instanceof SobolTable sobol) {
      Map<String, List<org.tandem.report.SobolIndex>> byOutput = new LinkedHashMap<>();
      for (org.tandem.core.sweep.SobolIndex s : sobol.indices()) {
        var e = s.estimate();
        byOutput.computeIfAbsent(s.output(), o -> new ArrayList<>()).add(new org.tandem.report.SobolIndex(
            s.parameter(), s.output(), new Estimate(e.firstOrder(), e.firstLow(), e.firstHigh()),
            new Estimate(e.total(), e.totalLow(), e.totalHigh())));
      }
      int i = 0;
      for (Map.Entry<String, List<org.tandem.report.SobolIndex>> e : byOutput.entrySet()) {
        charts.add(SensitivityCharts.sobol("sobol-" + i++, e.getKey(), e.getValue()));
      }
    }
    return charts;
  }
}
