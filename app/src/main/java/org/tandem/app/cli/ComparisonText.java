package org.tandem.app.cli;

import java.util.List;
import java.util.Locale;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.Estimate;
import org.tandem.core.result.MetricComparison;

/** Readable tables of a comparison, and of a comparison crossed with an event's outcomes. */
final class ComparisonText {
  private ComparisonText() {}

  static String of(ComparisonResult c) {
    StringBuilder b = new StringBuilder();
    line(b, "%s: %s compared with %s, %,d paired runs, seed %d%s", c.scenario(), String.join(", ", c.strategies()),
        c.baseline(), c.runs(), c.seed(), c.given().isEmpty() ? "" : ", given " + c.given());
    line(b, c.commonRandomNumbers()
        ? "Common random numbers: run k of every strategy sees the same draws, so differences come from the strategies."
        : "Independent streams: each strategy draws its own numbers (for measuring what common random numbers remove).");
    line(b, "Model outputs under the scenario's stated assumptions; intervals are 95%% over runs, not over assumptions.");
    int width = c.strategies().stream().mapToInt(String::length).max().orElse(8) + 2;
    for (MetricComparison m : c.metrics()) {
      b.append('\n');
      line(b, "%s%s", m.label(), m.lowerIsBetter() ? "  (lower is better)" : "");
      for (int s = 0; s < c.strategies().size(); s++) {
        Estimate v = m.values().get(s);
        String strategy = c.strategies().get(s);
        String median = medianNote(c, m, s);
        if (strategy.equals(c.baseline())) {
          line(b, "  %d. %-" + width + "s %s   (baseline)%s", m.ranks().get(s), strategy, value(m, v), median);
        } else {
          Estimate d = m.differences().get(s);
          double ratio = m.varianceRatios().get(s);
          line(b, "  %d. %-" + width + "s %s   vs baseline %s [%s, %s]%s   CRN variance ratio %s%s", m.ranks().get(s),
              strategy, value(m, v), signed(m, d.mean()), signed(m, d.low()), signed(m, d.high()),
              d.excludesZero() ? " *" : "  ", ratio(ratio),
              median);
        }
      }
    }
    b.append('\n');
    line(b, "* the 95%% interval of the paired difference excludes 0");
    return b.toString();
  }

  /** n/a when neither strategy varies (nothing to remove), inf when only their difference does not. */
  private static String ratio(double ratio) {
    return Double.isNaN(ratio) ? "n/a" : Double.isInfinite(ratio) ? "inf" : String.format(Locale.ROOT, "%.1f", ratio);
  }

  /** For a time-to-milestone metric, the strategy's median month reached (from its own runs). */
  private static String medianNote(ComparisonResult c, MetricComparison m, int s) {
    if (!m.id().startsWith("months:")) {
      return "";
    }
    String median = c.perStrategy().get(s).milestone(m.id().substring("months:".length())).medianMonth();
    return "   median " + (median == null ? "not reached" : median);
  }

  /** Strategies (rows) by outcomes (columns) for every probability metric. */
  static String crossed(String event, List<String> outcomes, List<ComparisonResult> results) {
    StringBuilder b = new StringBuilder();
    ComparisonResult first = results.get(0);
    line(b, "%s: strategies x outcomes of %s, %,d paired runs each, seed %d", first.scenario(), event, first.runs(),
        first.seed());
    line(b, "Model outputs under the scenario's stated assumptions.");
    int width = first.strategies().stream().mapToInt(String::length).max().orElse(8) + 2;
    for (MetricComparison m : first.metrics()) {
      if (!m.id().startsWith("p:") && !m.id().equals("breakdown")) {
        continue;
      }
      b.append('\n');
      line(b, "%s", m.label());
      int column = Math.max(12, outcomes.stream().mapToInt(String::length).max().orElse(0) + 2);
      StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", event + " ="));
      outcomes.forEach(o -> header.append(String.format(Locale.ROOT, "%" + column + "s", o)));
      line(b, "%s", header.toString());
      for (int s = 0; s < first.strategies().size(); s++) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s", first.strategies().get(s)));
        for (ComparisonResult r : results) {
          Estimate v = r.metric(m.id()).values().get(s);
          row.append(String.format(Locale.ROOT, "%" + (column - 1) + ".1f%%", 100 * v.mean()));
        }
        line(b, "%s", row.toString());
      }
    }
    return b.toString();
  }

  private static String value(MetricComparison m, Estimate v) {
    if (isShare(m)) {
      return String.format(Locale.ROOT, "%6.1f%% [%5.1f, %5.1f]", 100 * v.mean(), 100 * v.low(), 100 * v.high());
    }
    return String.format(Locale.ROOT, "%7.1f [%7.1f, %7.1f]", v.mean(), v.low(), v.high());
  }

  private static String signed(MetricComparison m, double v) {
    return isShare(m) ? String.format(Locale.ROOT, "%+.1f pt", 100 * v) : String.format(Locale.ROOT, "%+.1f", v);
  }

  private static boolean isShare(MetricComparison m) {
    return m.id().startsWith("p:") || m.id().equals("breakdown");
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
