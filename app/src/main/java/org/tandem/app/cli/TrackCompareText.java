package org.tandem.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.store.tracker.Happened;
import org.tandem.store.tracker.ObservationComparison;
import org.tandem.store.tracker.RealityComparison;

/** The text form of {@code track compare}: aligned tables of milestones, steps and observations. */
final class TrackCompareText {
  private TrackCompareText() {}

  static void print(PrintWriter out, String roadmap, String strategy, long runs, long seed, LocalDate at,
      RealityComparison c) {
    out.println("Roadmap " + roadmap + " against " + runs + " simulated runs of strategy " + strategy + " (seed "
        + seed + "), to " + at + "; a model's probabilities, not facts");
    out.println();
    out.println("Milestones: simulated probability of having been reached by each year end (* = it had been)");
    List<List<String>> rows = new ArrayList<>();
    rows.add(header(c, "milestone", null));
    for (Happened h : c.milestones().outcomes()) {
      List<String> row = new ArrayList<>(List.of(h.id()));
      for (LocalDate d : c.dates()) {
        c.milestones().rows().stream().filter(r -> r.milestone().equals(h.id()) && r.date().equals(d)).findFirst()
            .ifPresentOrElse(r -> row.add(cell(r.simulated(), r.happened())), () -> row.add("-"));
      }
      addOutcome(row, h, c.milestones().brierByMilestone().get(h.id()));
      rows.add(row);
    }
    TrackText.table(out, rows);
    c.milestones().skipped().forEach((id, why) -> out.println("skipped " + id + ": " + why));
    out.println();

    out.println("Steps: simulated probability of having reached each stage by each year end (* = it had)");
    rows = new ArrayList<>();
    rows.add(header(c, "step", "stage"));
    for (Happened h : c.steps().outcomes()) {
      List<String> row = new ArrayList<>(List.of(h.id(), h.stage()));
      double sum = 0;
      int n = 0;
      for (LocalDate d : c.dates()) {
        var found = c.steps().rows().stream().filter(r -> r.step().equals(h.id()) && r.stage().label()
            .equals(h.stage()) && r.date().equals(d)).findFirst();
        if (found.isPresent()) {
          row.add(cell(found.get().simulated(), found.get().happened()));
          sum += found.get().brier();
          n++;
        } else {
          row.add("-");
        }
      }
      addOutcome(row, h, n == 0 ? Double.NaN : sum / n);
      rows.add(row);
    }
    TrackText.table(out, rows);
    out.println();
    out.println(String.format(Locale.ROOT, "Brier, milestones overall: %s", score(c.milestones().brier())));
    out.println(String.format(Locale.ROOT, "Brier, steps overall:      %s", score(c.steps().brier())));
    out.println();

    out.println("Observations in the simulated distribution of their month (ranges scored at their midpoint)");
    if (c.observations().rows().isEmpty()) {
      out.println("(none compared)");
    } else {
      rows = new ArrayList<>();
      rows.add(List.of("series", "method", "date", "observed", "month", "p05", "p25", "p50", "p75", "p95",
          "percentile", "in 50%", "in 90%", "IS90", "CRPS"));
      for (ObservationComparison.Row r : c.observations().rows()) {
        rows.add(List.of(r.series(), r.method(), r.date().toString(), TrackText.range(r.low(), r.high()),
            r.month().toString(), num(r.p05()), num(r.p25()), num(r.p50()), num(r.p75()), num(r.p95()),
            String.format(Locale.ROOT, "%.1f", r.percentile()), r.inside50() ? "yes" : "no",
            r.inside90() ? "yes" : "no", num(r.intervalScore90()), num(r.crps())));
      }
      TrackText.table(out, rows);
      out.println();
      summaries(out, c.observations().summaries(), "mean CRPS");
    }
    if (!c.observations().counts().isEmpty()) {
      out.println();
      out.println("Yearly counts in the simulated distribution of the event's firings that year (q = smallest count "
          + "whose share reaches the level; percentile = 100 (F(y-1) + p(y)/2); RPS = ranked probability score)");
      rows = new ArrayList<>();
      rows.add(List.of("series", "method", "year", "observed", "event", "months", "mean", "p(observed)", "q05",
          "q25", "q50", "q75", "q95", "percentile", "in 50%", "in 90%", "IS90", "RPS"));
      for (ObservationComparison.CountRow r : c.observations().counts()) {
        rows.add(List.of(r.series(), r.method(), Integer.toString(r.year()), Integer.toString(r.count()), r.event(),
            Integer.toString(r.months()), num(r.mean()), String.format(Locale.ROOT, "%.3f", r.probability()),
            Integer.toString(r.p05()), Integer.toString(r.p25()), Integer.toString(r.p50()),
            Integer.toString(r.p75()), Integer.toString(r.p95()), String.format(Locale.ROOT, "%.1f", r.percentile()),
            r.inside50() ? "yes" : "no", r.inside90() ? "yes" : "no", num(r.intervalScore90()), num(r.crps())));
      }
      TrackText.table(out, rows);
      if (c.observations().counts().stream().anyMatch(r -> r.months() < 12)) {
        out.println("(months < 12: a year only partly simulated; its simulated count covers those months only)");
      }
      out.println();
      summaries(out, c.observations().countSummaries(), "mean RPS");
    }
    c.observations().skipped().forEach((series, why) -> out.println("skipped " + series + ": " + why));
  }

  private static void summaries(PrintWriter out, List<ObservationComparison.Summary> summaries, String crps) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("series", "method", "compared with", "n", "in 50%", "in 90%", "mean IS90", crps));
    for (ObservationComparison.Summary s : summaries) {
      rows.add(List.of(s.series(), s.method(), s.simulatedSeries(), Integer.toString(s.observations()),
          s.inside50() + " (" + TrackText.percent(100 * s.coverage50()) + ")",
          s.inside90() + " (" + TrackText.percent(100 * s.coverage90()) + ")", num(s.meanIntervalScore90()),
          num(s.meanCrps())));
    }
    TrackText.table(out, rows);
  }

  private static List<String> header(RealityComparison c, String first, String second) {
    List<String> header = new ArrayList<>(List.of(first));
    if (second != null) {
      header.add(second);
    }
    for (LocalDate d : c.dates()) {
      header.add(d.getMonthValue() == 12 && d.getDayOfMonth() == 31 ? Integer.toString(d.getYear()) : d.toString());
    }
    header.addAll(List.of("happened on", "p by then", "p(what happened)", "brier"));
    return header;
  }

  private static void addOutcome(List<String> row, Happened h, Double brier) {
    row.add(h.on() == null ? "-" : h.on().toString());
    row.add(h.happened() ? String.format(Locale.ROOT, "%.3f", h.simulatedByThen()) : "-");
    row.add(String.format(Locale.ROOT, "%.3f", h.probabilityOfOutcome()));
    row.add(brier == null ? "-" : score(brier));
  }

  private static String cell(double p, boolean happened) {
    return String.format(Locale.ROOT, "%.3f", p) + (happened ? "*" : "");
  }

  private static String score(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
