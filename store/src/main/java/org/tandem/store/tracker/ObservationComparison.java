package org.tandem.store.tracker;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tandem.core.result.CountDistribution;
import org.tandem.core.result.EventResult;
import org.tandem.core.result.SeriesHistogram;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;

/**
 * Observed values against the simulated fan of the same series. An observation is compared with
 * the series the simulation records under the same name (warheads, tension, ...) or under the name
 * an explicit match gives it; other series are listed as skipped with the reason.
 *
 * <p>The month compared is the last one that had ended by the observation's day: the simulation
 * records each series at the end of each month, and a value dated 1 January 2015 describes the
 * state at the end of December 2014 (a value dated 31 December 2014 too). A range {@code LOW:HIGH}
 * is scored at its midpoint, and counts as inside an interval when its midpoint is.
 *
 * <p>For each observation: its percentile in the simulated distribution of that month (the
 * distribution function at the value, read from the month's histogram, times 100), whether it falls
 * inside the central 50% (25th-75th percentile) and 90% (5th-95th) intervals, the interval score of
 * the 90% interval ({@link ScoringRules#intervalScore}, alpha = 0.1) and the CRPS of the whole
 * histogram ({@link SeriesHistogram#crps}). Per observed series and method tag (estimates made by
 * different methods are kept apart): the number of observations, the share inside each interval
 * (a calibrated fan has about 50% and 90%) and the mean scores.
 *
 * <p>An observed series whose name (or explicit match) is a stochastic event's id is read as that
 * event's yearly count: an observation is compared with the simulated distribution of the event's
 * firings in the calendar year of its date ({@link CountDistribution}; the record dates yearly
 * counts 31 December). Its value must be a whole count. The scores are the discrete ones: the
 * mid-distribution percentile 100 (F(y - 1) + p(y) / 2), the central intervals [q(0.25), q(0.75)]
 * and [q(0.05), q(0.95)] with q(level) the smallest count whose F reaches the level (each holds at
 * least its nominal share of the runs), the interval score of the 90% interval, and the ranked
 * probability score. A year only partly simulated (the start's, the horizon's) is compared on its
 * simulated months, which the row says.
 */
public final class ObservationComparison {
  /** The miss rate of the 90% interval, the alpha of its interval score. */
  public static final double ALPHA_90 = 0.1;

  private ObservationComparison() {}

  /**
   * One observation in its month's simulated distribution.
   *
   * @param simulatedSeries the simulated series it was compared with
   * @param month the simulated month compared
   * @param value the value scored: the observation, or the midpoint of its range
   * @param percentile 100 x the simulated share of runs at or below {@code value}
   * @param p05 the simulated 5th percentile (and so on)
   */
  public record Row(long id, String series, String method, LocalDate date, double low, double high,
      String simulatedSeries, YearMonth month, double value, double percentile, double p05, double p25, double p50,
      double p75, double p95, boolean inside50, boolean inside90, double intervalScore90, double crps) {}

  /**
   * One observed yearly count in the simulated distribution of a stochastic event's firings that
   * year.
   *
   * @param event the stochastic event it was compared with
   * @param months the simulated months of the year (12 but for a partly simulated year)
   * @param count the count scored: the observation, or the midpoint of its range
   * @param mean the simulated mean count
   * @param probability the simulated probability of exactly {@code count}
   * @param percentile the mid-distribution percentile 100 (F(count - 1) + p(count) / 2)
   * @param p05 the smallest count whose simulated distribution function reaches 0.05 (and so on)
   */
  public record CountRow(long id, String series, String method, LocalDate date, double low, double high,
      String event, int year, int months, int count, double mean, double probability, double percentile, int p05,
      int p25, int p50, int p75, int p95, boolean inside50, boolean inside90, double intervalScore90, double crps) {}

  /** Coverage and mean scores of one observed series and method. */
  public record Summary(String series, String method, String simulatedSeries, int observations, int inside50,
      int inside90, double coverage50, double coverage90, double meanIntervalScore90, double meanCrps) {}

  /**
   * @param counts observed yearly counts compared with stochastic events
   * @param countSummaries their coverage and mean scores per observed series and method, {@code
   *     simulatedSeries} naming the event
   * @param skipped observed series that were not compared, with the reason
   */
  public record Result(List<Row> rows, List<Summary> summaries, List<CountRow> counts, List<Summary> countSummaries,
      Map<String, String> skipped) {
    public Result {
      rows = List.copyOf(rows);
      summaries = List.copyOf(summaries);
      counts = List.copyOf(counts);
      countSummaries = List.copyOf(countSummaries);
      skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }
  }

  /**
   * Compares every observation dated up to {@code until} that no later observation corrects.
   *
   * @param matches observed series name to simulated series or stochastic event, for names that
   *     differ; a series not named here is compared with the simulated series (or else the
   *     stochastic event) of its own name
   */
  public static Result compare(SimulationResult simulation, List<Observation> observations,
      Map<String, String> matches, LocalDate until) {
    Set<Long> superseded = new HashSet<>();
    observations.stream().filter(o -> o.supersedes() != null).forEach(o -> superseded.add(o.supersedes()));
    Map<String, SeriesResult> simulated = new LinkedHashMap<>();
    simulation.series().forEach(s -> simulated.put(s.id(), s));
    Map<String, EventResult> events = new LinkedHashMap<>();
    simulation.events().stream().filter(e -> !e.byYear().isEmpty()).forEach(e -> events.put(e.id(), e));
    List<Row> rows = new ArrayList<>();
    List<CountRow> counts = new ArrayList<>();
    Map<String, Integer> notWhole = new TreeMap<>();
    Map<String, Integer> outsideYears = new TreeMap<>();
    Map<String, String> skipped = new TreeMap<>();
    Map<String, Integer> beforeStart = new TreeMap<>();
    Map<String, Integer> afterHorizon = new TreeMap<>();
    for (Observation o : observations) {
      if (superseded.contains(o.id()) || o.date().isAfter(until)) {
        continue;
      }
      String name = matches.getOrDefault(o.series(), o.series());
      SeriesResult series = simulated.get(name);
      if ((series == null || series.histogram() == null) && events.containsKey(name)) {
        double value = (o.low() + o.high()) / 2;
        CountDistribution year = events.get(name).byYear().get(Integer.toString(o.date().getYear()));
        if (value < 0 || value != Math.rint(value)) {
          notWhole.merge(o.series(), 1, Integer::sum);
        } else if (year == null) {
          outsideYears.merge(o.series(), 1, Integer::sum);
        } else {
          counts.add(countRow(o, name, year, (int) value));
        }
        continue;
      }
      if (series == null || series.histogram() == null) {
        skipped.put(o.series(), "the simulation has no series or stochastic event '" + name + "' (series: "
            + String.join(", ", simulated.keySet()) + "; stochastic events: " + String.join(", ", events.keySet())
            + ")");
        continue;
      }
      YearMonth month = monthOf(o.date());
      int t = simulation.indexOf(month);
      if (t < 0) {
        beforeStart.merge(o.series(), 1, Integer::sum);
        continue;
      }
      if (t >= simulation.months()) {
        afterHorizon.merge(o.series(), 1, Integer::sum);
        continue;
      }
      rows.add(row(o, name, series, month, t));
    }
    beforeStart.forEach((s, n) -> skipped.merge(s, n + " observation(s) dated before the first simulated month "
        + "ended", (a, b) -> a + "; " + b));
    afterHorizon.forEach((s, n) -> skipped.merge(s, n + " observation(s) dated after the horizon",
        (a, b) -> a + "; " + b));
    notWhole.forEach((s, n) -> skipped.merge(s, n + " observation(s) compared with an event's yearly count "
        + "that are not a whole count of at least 0 (a range is scored at its midpoint)", (a, b) -> a + "; " + b));
    outsideYears.forEach((s, n) -> skipped.merge(s, n + " observation(s) dated in a year the simulation does not "
        + "reach", (a, b) -> a + "; " + b));
    List<Summary> countSummaries = summaries(counts.stream().map(c -> new Row(c.id(), c.series(), c.method(),
        c.date(), c.low(), c.high(), c.event(), null, c.count(), c.percentile(), c.p05(), c.p25(), c.p50(), c.p75(),
        c.p95(), c.inside50(), c.inside90(), c.intervalScore90(), c.crps())).toList());
    return new Result(rows, summaries(rows), counts, countSummaries, skipped);
  }

  private static CountRow countRow(Observation o, String event, CountDistribution d, int y) {
    int p05 = d.quantile(0.05);
    int p25 = d.quantile(0.25);
    int p75 = d.quantile(0.75);
    int p95 = d.quantile(0.95);
    return new CountRow(o.id(), o.series(), o.method(), o.date(), o.low(), o.high(), event, o.date().getYear(),
        d.months(), y, d.mean(), d.probability(y), d.midPercentile(y), p05, p25, d.quantile(0.5), p75, p95,
        y >= p25 && y <= p75, y >= p05 && y <= p95, ScoringRules.intervalScore(p05, p95, ALPHA_90, y), d.crps(y));
  }

  /** The last month that had ended by {@code date} (the month itself when the date is its last day). */
  public static YearMonth monthOf(LocalDate date) {
    return YearMonth.from(date.plusDays(1)).minusMonths(1);
  }

  private static Row row(Observation o, String name, SeriesResult s, YearMonth month, int t) {
    double value = (o.low() + o.high()) / 2;
    SeriesHistogram h = s.histogram();
    double p05 = s.p05()[t];
    double p25 = s.p25()[t];
    double p50 = s.p50()[t];
    double p75 = s.p75()[t];
    double p95 = s.p95()[t];
    return new Row(o.id(), o.series(), o.method(), o.date(), o.low(), o.high(), name, month, value,
        100 * h.cdf(t, value), p05, p25, p50, p75, p95, value >= p25 && value <= p75, value >= p05 && value <= p95,
        ScoringRules.intervalScore(p05, p95, ALPHA_90, value), h.crps(t, value));
  }

  private static List<Summary> summaries(List<Row> rows) {
    Map<List<String>, List<Row>> groups = new TreeMap<>((a, b) -> {
      int c = a.get(0).compareTo(b.get(0));
      return c != 0 ? c : a.get(1).compareTo(b.get(1));
    });
    for (Row r : rows) {
      groups.computeIfAbsent(List.of(r.series(), r.method()), k -> new ArrayList<>()).add(r);
    }
    List<Summary> out = new ArrayList<>();
    groups.forEach((key, group) -> {
      int n = group.size();
      int in50 = (int) group.stream().filter(Row::inside50).count();
      int in90 = (int) group.stream().filter(Row::inside90).count();
      out.add(new Summary(key.get(0), key.get(1), group.get(0).simulatedSeries(), n, in50, in90, in50 / (double) n,
          in90 / (double) n, group.stream().mapToDouble(Row::intervalScore90).average().orElseThrow(),
          group.stream().mapToDouble(Row::crps).average().orElseThrow()));
    });
    return out;
  }
}
