package org.tandem.app.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.core.result.BlockerShare;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;

/** The readable summary of a simulation printed by {@code tandem simulate}. */
final class ResultText {
  private static final int[] YEARS = {2015, 2020, 2025};

  private ResultText() {}

  static String of(Scenario scenario, SimulationResult r, double seconds) {
    StringBuilder b = new StringBuilder();
    var m = r.manifest();
    line(b, "%s - %s", scenario.id(), scenario.title());
    line(b, "strategy: %s   runs: %,d   %s to %s   given: %s", m.strategy(), m.runs(), r.start(), r.horizon(),
        m.given().isEmpty() ? "none" : m.given().toString());
    line(b, "These are model outputs under the scenario's stated assumptions, not predictions of the world.");
    b.append('\n');

    List<String> columns = new ArrayList<>();
    List<Integer> monthIndexes = new ArrayList<>();
    for (int year : YEARS) {
      int index = (year - r.start().getYear()) * 12 + 12 - r.start().getMonthValue();
      if (index >= 0 && index < r.months() - 1) {
        columns.add("by " + year);
        monthIndexes.add(index);
      }
    }
    columns.add("by " + r.horizon());
    monthIndexes.add(r.months() - 1);
    int width = Math.max(28, r.milestones().stream().mapToInt(x -> x.id().length()).max().orElse(0) + 2);
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "milestone"));
    columns.forEach(c -> header.append(String.format(Locale.ROOT, "%12s", c)));
    header.append(String.format(Locale.ROOT, "%14s%12s", "median", "reversed"));
    line(b, "%s", header.toString());
    for (MilestoneResult ms : r.milestones()) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", ms.id()));
      for (int index : monthIndexes) {
        row.append(String.format(Locale.ROOT, "%11.1f%%", 100 * ms.cumulative()[index]));
      }
      row.append(String.format(Locale.ROOT, "%14s%11.1f%%", ms.medianMonth() == null ? "not reached" : ms.medianMonth(),
          100 * ms.reversal()));
      line(b, "%s", row.toString());
    }
    b.append('\n');
    line(b, "breakdown of the process: %.1f%% of runs", 100 * r.breakdownProbability());

    if (r.series().stream().anyMatch(s -> s.id().equals("warheads"))) {
      SeriesResult w = r.series("warheads");
      b.append('\n');
      line(b, "arsenal (warheads)      p05     p25  median     p75     p95    mean");
      for (YearMonth at : arsenalDates(r)) {
        int t = (at.getYear() - r.start().getYear()) * 12 + at.getMonthValue() - r.start().getMonthValue();
        line(b, "  %-18s %7.1f %7.1f %7.1f %7.1f %7.1f %7.1f", at, w.p05()[t], w.p25()[t], w.p50()[t], w.p75()[t],
            w.p95()[t], w.mean()[t]);
      }
    }

    b.append('\n');
    line(b, "what stood in the way at the horizon (share of runs that did not reach the milestone):");
    for (MilestoneResult ms : r.milestones()) {
      List<BlockerShare> top = r.blockers().stream().filter(x -> x.milestone().equals(ms.id())).limit(3).toList();
      if (top.isEmpty()) {
        continue;
      }
      line(b, "  %s", ms.id());
      for (BlockerShare x : top) {
        line(b, "    %5.1f%%  %s", 100 * x.share(), x.blocker());
      }
    }
    b.append('\n');
    line(b, "manifest: scenario %s (sha256 %s), seed %d, rng %s, tandem %s", m.scenario(),
        m.scenarioSha256().substring(0, 12), m.seed(), m.rng(), m.version());
    line(b, "time: %.1f s (%,.0f runs/s)", seconds, m.runs() / Math.max(seconds, 1e-9));
    return b.toString();
  }

  private static List<YearMonth> arsenalDates(SimulationResult r) {
    List<YearMonth> dates = new ArrayList<>();
    for (int year = r.start().getYear() + 1; year <= r.horizon().getYear(); year++) {
      YearMonth december = YearMonth.of(year, 12);
      if (!december.isAfter(r.horizon()) && (year - r.start().getYear() <= 4 || year % 5 == 0)) {
        dates.add(december);
      }
    }
    if (dates.isEmpty() || !dates.get(dates.size() - 1).equals(r.horizon())) {
      dates.add(r.horizon());
    }
    return dates;
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
