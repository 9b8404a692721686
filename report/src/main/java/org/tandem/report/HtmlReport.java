package org.tandem.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tandem.core.result.BlockerShare;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.Estimate;
import org.tandem.core.result.EventResult;
import org.tandem.core.result.Manifest;
import org.tandem.core.result.MetricComparison;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Actor;
import org.tandem.core.scenario.Assumption;
import org.tandem.core.scenario.EnvironmentVariable;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Source;
import org.tandem.core.scenario.Strategy;

/**
 * Renders a simulation or a comparison of strategies as one self-contained HTML page: inline CSS
 * and inline SVG only, no scripts and nothing fetched, so it opens offline and prints to PDF.
 * Every string from the scenario or the result is escaped. Wording keeps every number a model
 * output under the scenario's assumptions.
 *
 * <p>Sections, in order: summary (scenario, strategy, key numbers), roadmap, milestones, series,
 * blockers, [comparison, one section per strategy], [sensitivity], assumptions, manifest.
 */
public final class HtmlReport {
  /** Series drawn full size when present, in this order, before the actors' political space. */
  static final List<String> FEATURED = List.of("warheads", "tension", "momentum");

  /** Blockers shown per milestone. */
  static final int BLOCKERS_SHOWN = 8;

  private static final String DISCLAIMER = "Every number and chart in this report is an output of a model under "
      + "the scenario's stated assumptions (listed under Assumptions), not a forecast and not a fact about the world.";

  private HtmlReport() {}

  /** The report of one simulation. */
  public static Report simulation(Scenario scenario, SimulationResult result) {
    return simulation(scenario, result, List.of());
  }

  /**
   * The report of one simulation, with a sensitivity section holding {@code sensitivity} charts
   * (from {@link SensitivityCharts}) when there are any.
   */
  public static Report simulation(Scenario scenario, SimulationResult result, List<Chart> sensitivity) {
    return simulation(scenario, result, sensitivity, List.of());
  }

  /**
   * The report of one simulation with measured series (e.g. the tension index from event data)
   * shown in a section of their own beside the simulated fans.
   */
  public static Report simulation(Scenario scenario, SimulationResult result, List<Chart> sensitivity,
      List<ObservedSeries> observed) {
    Page page = new Page(scenario);
    Strategy strategy = scenario.strategy(result.manifest().strategy()).orElse(null);
    page.begin("Simulation report", "strategy " + strategyName(scenario, result.manifest().strategy()));
    page.summary(List.of(result), strategy == null ? List.of() : List.of(strategy), null);
    page.roadmap();
    page.results("", result, true);
    page.observed(observed);
    page.sensitivity(sensitivity);
    page.assumptions();
    page.manifests(List.of(result.manifest()));
    return page.end();
  }

  /**
   * The report of a tracked roadmap against a simulation of its scenario: the milestones' and the
   * recorded steps' simulated curves with the days the record shows them reached, and observations
   * over the simulated fans, followed by the simulation's own charts.
   */
  public static Report tracking(Scenario scenario, SimulationResult result, TrackingSection tracking) {
    Page page = new Page(scenario);
    Strategy strategy = scenario.strategy(result.manifest().strategy()).orElse(null);
    page.begin("Tracking report", "roadmap " + tracking.roadmap() + " to " + tracking.at() + " against strategy "
        + strategyName(scenario, result.manifest().strategy()));
    page.summary(List.of(result), strategy == null ? List.of() : List.of(strategy), null);
    page.tracking(result, tracking);
    page.results("", result, true);
    page.assumptions();
    page.manifests(List.of(result.manifest()));
    return page.end();
  }

  /** The report of a comparison: the compared outputs, then each strategy's own charts. */
  public static Report comparison(Scenario scenario, ComparisonResult comparison) {
    return comparison(scenario, comparison, List.of());
  }

  /** The report of a comparison, with a sensitivity section when {@code sensitivity} is not empty. */
  public static Report comparison(Scenario scenario, ComparisonResult comparison, List<Chart> sensitivity) {
    Page page = new Page(scenario);
    page.begin("Strategy comparison report", "strategies " + String.join(", ", comparison.strategies().stream()
        .map(id -> strategyName(scenario, id)).toList()) + " (baseline " + strategyName(scenario, comparison.baseline())
        + ")");
    List<Strategy> strategies = comparison.strategies().stream().map(id -> scenario.strategy(id).orElse(null))
        .filter(s -> s != null).toList();
    page.summary(comparison.perStrategy(), strategies, comparison);
    page.roadmap();
    page.comparison(comparison);
    for (SimulationResult r : comparison.perStrategy()) {
      page.results(r.manifest().strategy(), r, comparison.commonRandomNumbers());
    }
    page.sensitivity(sensitivity);
    page.assumptions();
    page.manifests(comparison.perStrategy().stream().map(SimulationResult::manifest).toList());
    return page.end();
  }

  private static String strategyName(Scenario scenario, String id) {
    return scenario.strategy(id).map(s -> s.name().isEmpty() ? id : s.name()).orElse(id);
  }

  /** Builds one page; a new one per report. */
  private static final class Page {
    private final Scenario scenario;
    private final StringBuilder body = new StringBuilder();
    private final List<String[]> toc = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();
    private final Map<String, String> drawings = new LinkedHashMap<>();
    private String title;
    private String subtitle;

    Page(Scenario scenario) {
      this.scenario = scenario;
    }

    void begin(String kind, String about) {
      title = kind + ": " + (scenario.title().isEmpty() ? scenario.id() : scenario.title());
      subtitle = "Scenario " + scenario.id() + " - " + about;
    }

    private void open(String id, String heading) {
      toc.add(new String[] {id, heading});
      body.append("<section id=\"").append(id).append("\"><h2>").append(Html.escape(heading)).append("</h2>\n");
    }

    private void close() {
      body.append("</section>\n");
    }

    private void figure(Chart chart, String caption) {
      charts.add(chart);
      body.append("<figure class=\"chart chart-").append(chart.kind()).append("\" id=\"fig-").append(chart.id())
          .append("\" data-chart=\"").append(chart.id()).append("\" data-kind=\"").append(chart.kind()).append("\">")
          .append(chart.svg());
      if (caption != null && !caption.equals(chart.title())) {
        body.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>");
      }
      body.append("</figure>\n");
    }

    void summary(List<SimulationResult> results, List<Strategy> strategies, ComparisonResult comparison) {
      open("summary", "Scenario and strategy");
      body.append("<dl class=\"facts\">");
      fact("Scenario", scenario.id());
      fact("Title", scenario.title());
      if (!scenario.description().isBlank()) {
        fact("Description", scenario.description().trim());
      }
      fact("Simulated months", scenario.start() + " to " + results.get(0).horizon() + " (" + results.get(0).months()
          + " months)");
      Manifest m = results.get(0).manifest();
      fact("Runs", String.format(Locale.ROOT, "%,d replications, seed %d", m.runs(), m.seed()));
      if (!m.given().isEmpty()) {
        fact("Conditioned on", String.join(", ", m.given().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + " = " + e.getValue()).toList()));
      }
      body.append("</dl>\n<h3>Strateg").append(strategies.size() == 1 ? "y" : "ies").append("</h3>\n<ul class=\"strategies\">");
      for (Strategy s : strategies) {
        body.append("<li><strong>").append(Html.escape(s.name().isEmpty() ? s.id() : s.name())).append("</strong> <code>")
            .append(Html.escape(s.id())).append("</code>");
        if (comparison != null && s.id().equals(comparison.baseline())) {
          body.append(" (baseline)");
        }
        if (!s.description().isBlank()) {
          body.append(": ").append(Html.escape(s.description().trim()));
        }
        body.append("</li>");
      }
      body.append("</ul>\n<h3>Key numbers, in the model</h3>\n<table class=\"key\"><thead><tr><th>milestone</th>");
      for (SimulationResult r : results) {
        body.append("<th>").append(results.size() == 1 ? "probability by " + Html.escape(r.horizon().toString())
            : Html.escape(r.manifest().strategy())).append("</th>");
      }
      body.append("<th>median month").append(results.size() == 1 ? "" : " (" + Html.escape(results.get(0).manifest()
          .strategy()) + ")").append("</th></tr></thead><tbody>");
      for (MilestoneResult first : results.get(0).milestones()) {
        body.append("<tr><td>").append(Html.escape(first.name())).append("</td>");
        for (SimulationResult r : results) {
          body.append("<td class=\"num\">").append(pct(r.milestone(first.id()).probability())).append("</td>");
        }
        body.append("<td>").append(first.medianMonth() == null ? "not by the horizon" : Html.escape(first.medianMonth()))
            .append("</td></tr>");
      }
      body.append("<tr><td>breakdown of the process</td>");
      for (SimulationResult r : results) {
        body.append("<td class=\"num\">").append(pct(r.breakdownProbability())).append("</td>");
      }
      body.append("<td></td></tr></tbody></table>\n<h3>Actors</h3>\n<ul class=\"actors\">");
      for (Actor a : scenario.actors()) {
        body.append("<li>").append(Html.escape(a.name().isEmpty() ? a.id() : a.name())).append(" <code>")
            .append(Html.escape(a.id())).append("</code>");
        if (!a.kind().isEmpty()) {
          body.append(", ").append(Html.escape(a.kind()));
        }
        body.append("</li>");
      }
      body.append("</ul>\n<h3>Sources</h3>\n<ul class=\"sources\">");
      for (Source s : scenario.sources()) {
        body.append("<li><code>").append(Html.escape(s.id())).append("</code> ").append(Html.escape(s.citation()));
        if (!s.url().isEmpty()) {
          // Plain text, not a link: the report must not point anywhere online.
          body.append(" <span class=\"url\">").append(Html.escape(s.url())).append("</span>");
        }
        body.append("</li>");
      }
      if (scenario.sources().isEmpty()) {
        body.append("<li>The scenario lists no sources; see the notes under Assumptions.</li>");
      }
      body.append("</ul>\n");
      close();
    }

    void roadmap() {
      open("roadmap", "Roadmap");
      body.append("<p class=\"lede\">One lane per track. Boxes are steps; an arrow runs from a step (or milestone) "
          + "to each step whose preconditions name it. Steps of a reciprocal group share a coloured border and are "
          + "joined by a dashed double line labelled with the group: in the model they are agreed together or not "
          + "at all. Diamonds are milestones, with dotted arrows from the steps their condition names.</p>\n");
      String svg = RoadmapSvg.svg(RoadmapLayout.of(scenario), "roadmap-svg");
      drawings.put("roadmap", svg);
      body.append("<div class=\"roadmap-wrap\" id=\"fig-roadmap\" data-chart=\"roadmap\" data-kind=\"roadmap\">")
          .append(svg).append("</div>\n");
      close();
    }

    /** Milestones, series and blockers of one result; {@code strategy} prefixes ids in a comparison. */
    void results(String strategy, SimulationResult r, boolean commonRandomNumbers) {
      String p = strategy.isEmpty() ? "" : Html.slug(strategy) + "-";
      String in = strategy.isEmpty() ? "" : " - " + strategyName(scenario, strategy);
      if (!strategy.isEmpty()) {
        open("strategy-" + Html.slug(strategy), "Strategy " + strategyName(scenario, strategy));
        body.append("<p class=\"lede\">The charts of this strategy alone, ").append(commonRandomNumbers
            ? "on the same replications (the same random numbers) as the others." : "on its own random streams.")
            .append("</p>\n");
      }
      String heading = strategy.isEmpty() ? "h2" : "h3";
      if (strategy.isEmpty()) {
        open("milestones", "Milestones over time");
      } else {
        body.append("<h3 id=\"").append(p).append("milestones\">Milestones over time</h3>\n");
      }
      body.append("<p class=\"lede\">The share of simulated runs in which each milestone has been reached by each "
          + "month, under the scenario's assumptions.</p>\n");
      if (r.milestones().isEmpty()) {
        body.append("<p class=\"note\">The scenario defines no milestones, so there is nothing to chart here.</p>\n");
      } else {
        figure(Charts.milestones(p + "milestones", r, "Probability each milestone has been reached" + in), null);
        body.append("<table><thead><tr><th>milestone</th><th>by the horizon</th><th>median month</th>"
            + "<th>later reversed</th></tr></thead><tbody>");
        for (MilestoneResult m : r.milestones()) {
          body.append("<tr><td>").append(Html.escape(m.name())).append("</td><td class=\"num\">")
              .append(pct(m.probability())).append("</td><td>")
              .append(m.medianMonth() == null ? "not by the horizon" : Html.escape(m.medianMonth()))
              .append("</td><td class=\"num\">").append(pct(m.reversal())).append("</td></tr>");
        }
        body.append("</tbody></table>\n");
      }
      if (strategy.isEmpty()) {
        close();
        open("series", "Series: fan charts");
      } else {
        body.append("<h3 id=\"").append(p).append("series\">Series: fan charts</h3>\n");
      }
      body.append("<p class=\"lede\">Per month, the median simulated value and the bands holding the middle 50% and "
          + "90% of runs, in the model.</p>\n");
      for (String id : featured(r)) {
        figure(Charts.fan(p + "fan-" + Html.slug(id), r, r.series(id), label(id), label(id) + in, false), null);
      }
      body.append("<h3 class=\"").append(heading).append("\">Every series</h3>\n<div class=\"grid series\">");
      for (SeriesResult s : r.series()) {
        figure(Charts.fan(p + "small-" + Html.slug(s.id()), r, s, label(s.id()), true), null);
      }
      body.append("</div>\n");
      List<EventResult> stochastic = r.events().stream().filter(e -> !e.byYear().isEmpty()).toList();
      if (!stochastic.isEmpty()) {
        body.append("<h3 class=\"").append(heading).append("\">Stochastic events per year</h3>\n<p>Per calendar year, "
            + "the median number of months in which each stochastic event fired and the bands holding the middle 50% "
            + "and 90% of runs (a year only partly simulated counts its simulated months only).</p>\n"
            + "<div class=\"grid counts\">");
        for (EventResult e : stochastic) {
          figure(Charts.yearlyCounts(p + "counts-" + Html.slug(e.id()), r, e.id(), e.id() + ", firings per year",
              null, true), null);
        }
        body.append("</div>\n");
      }
      if (strategy.isEmpty()) {
        close();
        open("blockers", "What stood in the way");
      } else {
        body.append("<h3 id=\"").append(p).append("blockers\">What stood in the way</h3>\n");
      }
      body.append("<p class=\"lede\">Among the simulated runs that did not reach a milestone by the horizon, the first "
          + "unmet part of its condition, followed through the steps it needs.</p>\n");
      if (r.milestones().isEmpty()) {
        body.append("<p class=\"note\">The scenario defines no milestones, so nothing can block one.</p>\n");
      }
      for (MilestoneResult m : r.milestones()) {
        List<BlockerShare> shares = r.blockers().stream().filter(b -> b.milestone().equals(m.id())).toList();
        if (shares.isEmpty()) {
          body.append("<p>").append(Html.escape(m.name())).append(": every run reached it, or none recorded a blocker.</p>\n");
        } else {
          figure(Charts.blockers(p + "blockers-" + Html.slug(m.id()), m.name() + in, shares, BLOCKERS_SHOWN),
              shares.size() > BLOCKERS_SHOWN ? "The " + BLOCKERS_SHOWN + " largest of " + shares.size() + " blockers."
                  : null);
        }
      }
      close();
    }

    void comparison(ComparisonResult c) {
      open("comparison", "Strategy comparison");
      body.append("<p class=\"lede\">Each strategy's value with its 95% interval (left) and its difference to the "
          + "baseline <code>").append(Html.escape(c.baseline())).append("</code>, paired run by run, with its 95% "
          + "interval (right). ").append(c.commonRandomNumbers()
              ? "Run k of every strategy drew the same random numbers (common random numbers), so differences come "
                  + "from the strategies alone, in the model."
              : "Each strategy drew its own random numbers (independent streams).")
          .append("</p>\n");
      // Long strategy ids are shortened on the charts' axes; the caption gives them whole.
      String fullIds = Charts.shortLabels(c.strategies(), Charts.LABEL_CHARS).equals(c.strategies()) ? null
          : "Strategies, top to bottom: " + String.join(", ", c.strategies()) + ".";
      for (MetricComparison m : c.metrics()) {
        figure(Charts.comparison("compare-" + Html.slug(m.id()), c, m), fullIds);
      }
      body.append("<table><thead><tr><th>output</th><th>strategy</th><th>value</th><th>95% interval</th>"
          + "<th>minus baseline</th><th>95% interval</th><th>rank</th></tr></thead><tbody>");
      for (MetricComparison m : c.metrics()) {
        boolean percent = Charts.isProportion(m);
        for (int s = 0; s < c.strategies().size(); s++) {
          Estimate v = m.values().get(s);
          Estimate d = m.differences().get(s);
          body.append("<tr><td>").append(Html.escape(m.label())).append("</td><td>")
              .append(Html.escape(c.strategies().get(s))).append("</td><td class=\"num\">").append(num(v.mean(), percent))
              .append("</td><td class=\"num\">").append(num(v.low(), percent)).append(" to ").append(num(v.high(), percent))
              .append("</td><td class=\"num\">").append(difference(d.mean(), percent)).append("</td><td class=\"num\">")
              .append(difference(d.low(), percent)).append(" to ").append(difference(d.high(), percent))
              .append("</td><td class=\"num\">")
              .append(m.ranks().get(s)).append("</td></tr>");
        }
      }
      body.append("</tbody></table>\n");
      close();
    }

    void tracking(SimulationResult r, TrackingSection t) {
      open("tracking", "Reality against the simulation");
      body.append("<p class=\"lede\">What the tracked record of roadmap <code>").append(Html.escape(t.roadmap()))
          .append("</code> shows up to ").append(Html.escape(t.at().toString())).append(", set against the share of "
              + "simulated runs that had reached the same by each month. A low probability for what happened means "
              + "the model, under its assumptions, was surprised by it; it does not make the record wrong.</p>\n");
      body.append("<dl class=\"facts\">");
      fact("Brier score, milestones", score(t.milestoneBrier()));
      fact("Brier score, steps' stages", score(t.stepBrier()));
      body.append("</dl>\n<p>Brier score: the mean of (p - o)<sup>2</sup> over the year ends, with p the simulated "
          + "probability and o 1 if it had happened, 0 if not; 0 is a perfect forecast, 0.25 what a constant 50% "
          + "earns.</p>\n");
      figure(Charts.tracked("tracking-milestones", "Milestones: simulated probability and the recorded day", r,
          t.milestones()), null);
      table("milestone", t.milestones().stream().map(c -> new Object[] {c.label(), c}).toList());
      List<TrackedStep> recorded = t.steps().stream().filter(TrackedStep::recorded).toList();
      body.append("<h3>Steps with a recorded stage</h3>\n");
      if (recorded.isEmpty()) {
        body.append("<p>No step has a recorded stage yet.</p>\n");
      }
      for (TrackedStep step : recorded) {
        figure(Charts.tracked("tracking-step-" + Html.slug(step.id()), "Step " + step.title(), r, step.stages()),
            null);
      }
      body.append("<h3>Every step</h3>\n");
      List<Object[]> rows = new ArrayList<>();
      for (TrackedStep step : t.steps()) {
        for (TrackedCurve c : step.stages()) {
          rows.add(new Object[] {step.id() + ", " + c.label(), c});
        }
      }
      table("step, stage", rows);
      if (!t.observations().isEmpty()) {
        body.append("<h3>Observations over the simulated fans</h3>\n<p>Each observation (a range at its midpoint, "
            + "with a bar over the range) drawn over the simulated fan of the series it is compared with. A "
            + "calibrated fan holds about half the observations in its 25-75% band and nine in ten in its 5-95% "
            + "band.</p>\n<table><thead><tr><th>series</th><th>method</th><th>compared with</th><th>n</th>"
            + "<th>in 50% band</th><th>in 90% band</th><th>mean interval score (90%)</th><th>mean CRPS</th>"
            + "</tr></thead><tbody>");
        for (ObservedPoints o : t.observations()) {
          coverageRow(o.series(), o.method(), o.simulatedSeries(), o.points().size(), o.inside50(), o.inside90(),
              o.meanIntervalScore90(), o.meanCrps());
        }
        body.append("</tbody></table>\n");
        int i = 0;
        for (ObservedPoints o : t.observations()) {
          SeriesResult s = r.series(o.simulatedSeries());
          figure(Charts.fanWithObservations("tracking-observed-" + i++, r, s, label(s.id()),
              o.series() + " (" + o.method() + ") over the simulated " + label(s.id()), o), null);
        }
      }
      if (!t.counts().isEmpty()) {
        body.append("<h3>Yearly counts over the simulated distribution</h3>\n<p>Each observed yearly count drawn "
            + "over the simulated distribution of the matched event's firings in that year: the median and the "
            + "central 50% and 90% intervals, from the smallest count whose simulated share reaches 25% (5%) to the "
            + "smallest reaching 75% (95%); each holds at least its share of the runs. A year only partly "
            + "simulated counts its simulated months only. The last column is the ranked probability score, the "
            + "CRPS of a count forecast.</p>\n<table><thead><tr><th>series</th><th>method</th><th>compared with"
            + "</th><th>n</th><th>in 50% interval</th><th>in 90% interval</th><th>mean interval score (90%)</th>"
            + "<th>mean RPS</th></tr></thead><tbody>");
        for (ObservedCounts o : t.counts()) {
          coverageRow(o.series(), o.method(), o.event() + " (yearly count)", o.points().size(), o.inside50(),
              o.inside90(), o.meanIntervalScore90(), o.meanCrps());
        }
        body.append("</tbody></table>\n");
        int i = 0;
        for (ObservedCounts o : t.counts()) {
          figure(Charts.countsWithObservations("tracking-counts-" + i++, r, o, o.series() + " (" + o.method()
              + ") over the simulated yearly count of " + o.event()), null);
        }
      }
      if (!t.skipped().isEmpty()) {
        body.append("<h3>Not compared</h3>\n<ul>");
        t.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> body.append("<li><code>")
            .append(Html.escape(e.getKey())).append("</code>: ").append(Html.escape(e.getValue())).append("</li>"));
        body.append("</ul>\n");
      }
      close();
    }

    /** A table of tracked curves: what happened, when, and the probabilities the simulation gave. */
    private void table(String what, List<Object[]> rows) {
      body.append("<table><thead><tr><th>").append(Html.escape(what)).append("</th><th>recorded on</th>"
          + "<th>probability by then</th><th>probability of what happened</th><th>Brier</th></tr></thead><tbody>");
      for (Object[] row : rows) {
        TrackedCurve c = (TrackedCurve) row[1];
        String byThen = "";
        if (c.happenedOn() != null) {
          int t = (int) java.time.temporal.ChronoUnit.MONTHS.between(scenario.start(),
              java.time.YearMonth.from(c.happenedOn()));
          byThen = t >= 0 && t < c.cumulative().length ? pct(c.cumulative()[t]) : "";
        }
        body.append("<tr><td>").append(Html.escape((String) row[0])).append("</td><td>")
            .append(c.happenedOn() == null ? "not recorded" : Html.escape(c.happenedOn().toString()))
            .append("</td><td class=\"num\">").append(byThen).append("</td><td class=\"num\">")
            .append(pct(c.probabilityOfOutcome())).append("</td><td class=\"num\">").append(score(c.brier()))
            .append("</td></tr>");
      }
      body.append("</tbody></table>\n");
    }

    private static String score(double v) {
      return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    void observed(List<ObservedSeries> observed) {
      if (observed.isEmpty()) {
        return;
      }
      open("observed", "Measured: event data");
      body.append("<p class=\"lede\">Series measured from coded event data, shown beside the simulated fans on "
          + "their own scale: a measured tension index is not the model's tension variable, and nothing here "
          + "calibrates one to the other.</p>\n");
      int i = 0;
      for (ObservedSeries o : observed) {
        figure(Charts.observed("observed-" + i++, o), "Source: " + o.source());
      }
      close();
    }

    void sensitivity(List<Chart> sensitivity) {
      if (sensitivity.isEmpty()) {
        return;
      }
      open("sensitivity", "Sensitivity");
      body.append("<p class=\"lede\">How much each output moves, in the model, when each assumption moves.</p>\n");
      for (Chart c : sensitivity) {
        String note = SensitivityCharts.emptyNote(c);
        if (note == null) {
          figure(c, c.title());
        } else {
          body.append("<p class=\"note\" data-chart=\"").append(c.id()).append("\"><strong>")
              .append(Html.escape(c.title())).append(":</strong> ").append(Html.escape(note)).append("</p>\n");
        }
      }
      close();
    }

    void assumptions() {
      open("assumptions", "Assumptions");
      body.append("<p class=\"lede\">Every number of the scenario that drove the run, with its source and note. "
          + "Change any of them in the scenario file and simulate again.</p>\n");
      body.append("<table class=\"assumptions\"><colgroup><col class=\"path\"><col class=\"value\">"
          + "<col class=\"source\"><col class=\"note\"></colgroup><thead><tr><th>path</th><th>value</th><th>source</th>"
          + "<th>note</th></tr></thead><tbody>");
      Map<String, String> factorConditions = factorConditions();
      for (Assumption a : scenario.assumptions()) {
        String source = scenario.sources().stream().filter(s -> s.id().equals(a.source())).findFirst()
            .map(s -> s.citation() + " [" + s.id() + "]").orElse(a.source());
        String condition = factorConditions.get(a.path());
        // Paths may break after each dot, never inside an id.
        body.append("<tr><td><code>").append(Html.escape(a.path()).replace(".", ".<wbr>"))
            .append("</code></td><td class=\"num\">")
            .append(Html.escape(number(a.value()))).append("</td><td>").append(Html.escape(source)).append("</td><td>");
        if (condition != null) {
          body.append("<span class=\"condition\">applies when <code>").append(Html.escape(condition))
              .append("</code></span> ");
        }
        body.append(Html.escape(a.note())).append("</td></tr>");
      }
      body.append("</tbody></table>\n");
      rules();
      close();
    }

    /** A hazard factor's condition by the path of its {@code times} (factors are numbered from 1). */
    private Map<String, String> factorConditions() {
      Map<String, String> out = new LinkedHashMap<>();
      for (org.tandem.core.scenario.Event e : scenario.events()) {
        if (e instanceof org.tandem.core.scenario.Event.Stochastic st) {
          for (int i = 0; i < st.factors().size(); i++) {
            org.tandem.core.scenario.Expression when = st.factors().get(i).when();
            out.put("events." + e.id() + ".hazard.factors." + (i + 1) + ".times",
                when == null ? "always" : when.text().strip());
          }
        }
      }
      return out;
    }

    /** Every expression of the scenario: the numbers inside them are assumptions the table above cannot list. */
    private void rules() {
      List<ScenarioRule> rules = ScenarioRule.of(scenario);
      body.append("<h3 id=\"rules\">Rules and conditions</h3>\n<p>Every update rule, precondition, reversal "
          + "condition, hazard factor condition, strategy rule, milestone and breakdown definition of the scenario, "
          + "as written in the file; the thresholds and weights inside them are assumptions too.</p>\n");
      if (rules.isEmpty()) {
        body.append("<p>The scenario has no rules or conditions.</p>\n");
        return;
      }
      body.append("<table class=\"rules\"><thead><tr><th>rule or condition</th><th>expression, as written</th>"
          + "<th>where</th></tr></thead><tbody>");
      for (ScenarioRule r : rules) {
        body.append("<tr><td>").append(Html.escape(r.what())).append("</td><td><code>")
            .append(Html.escape(r.expression())).append("</code></td><td><code>").append(Html.escape(r.location()))
            .append("</code></td></tr>");
      }
      body.append("</tbody></table>\n");
    }

    void manifests(List<Manifest> manifests) {
      open("manifest", "Manifest");
      body.append("<p class=\"lede\">What reproduces these numbers exactly: the same scenario file (by its SHA-256), "
          + "strategy, conditions, seed and number of runs give the same results on any machine.</p>\n");
      body.append("<table class=\"manifest\"><thead><tr><th>scenario</th><th>SHA-256</th><th>strategy</th>"
          + "<th>given</th><th>seed</th><th>runs</th><th>generator</th><th>tandem</th></tr></thead><tbody>");
      for (Manifest m : manifests) {
        body.append("<tr><td>").append(Html.escape(m.scenario())).append("</td><td><code class=\"hash\">")
            .append(Html.escape(m.scenarioSha256())).append("</code></td><td>").append(Html.escape(m.strategy()))
            .append("</td><td>").append(Html.escape(String.join(", ", m.given().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue()).toList())))
            .append("</td><td class=\"num\">").append(m.seed()).append("</td><td class=\"num\">").append(m.runs())
            .append("</td><td>").append(Html.escape(m.rng())).append("</td><td>").append(Html.escape(m.version()))
            .append("</td></tr>");
      }
      body.append("</tbody></table>\n");
      close();
    }

    Report end() {
      StringBuilder html = new StringBuilder(body.length() + 8000);
      html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .append("<title>").append(Html.escape(title)).append("</title><style>").append(ReportCss.CSS)
          .append("</style></head><body>\n<header><h1>").append(Html.escape(title)).append("</h1><p class=\"subtitle\">")
          .append(Html.escape(subtitle)).append("</p><p class=\"disclaimer\">").append(Html.escape(DISCLAIMER))
          .append("</p><nav><ol>");
      for (String[] entry : toc) {
        html.append("<li><a href=\"#").append(entry[0]).append("\">").append(Html.escape(entry[1])).append("</a></li>");
      }
      html.append("</ol></nav></header>\n<main>\n").append(body).append("</main>\n<footer>Made by tandem ")
          .append(Html.escape(org.tandem.core.Version.current())).append(". ").append(Html.escape(DISCLAIMER))
          .append("</footer>\n</body></html>\n");
      return new Report(html.toString(), charts, drawings);
    }

    private void fact(String name, String value) {
      body.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
    }

    /** Series drawn full size: warheads, tension, momentum, then the actors' political space, when present. */
    private List<String> featured(SimulationResult r) {
      Set<String> present = new LinkedHashSet<>();
      r.series().forEach(s -> present.add(s.id()));
      Set<String> out = new LinkedHashSet<>();
      for (String id : FEATURED) {
        if (present.contains(id)) {
          out.add(id);
        }
      }
      for (Actor a : scenario.actors()) {
        if (!a.space().isEmpty() && present.contains(a.space())) {
          out.add(a.space());
        }
      }
      return List.copyOf(out);
    }

    private String label(String seriesId) {
      if (seriesId.equals("warheads")) {
        return "Warheads (arsenal)";
      }
      if (seriesId.equals("material")) {
        String unit = scenario.capability() == null ? "" : scenario.capability().materialUnit().strip();
        return unit.isEmpty() ? "Fissile material" : "Fissile material (" + unit + ")";
      }
      return scenario.variable(seriesId).map(EnvironmentVariable::name).filter(n -> !n.isEmpty()).orElse(seriesId);
    }

    /** One row of an observed series' coverage table: how many observations fell in each band, and the mean scores. */
    private void coverageRow(String series, String method, String comparedWith, int n, int inside50, int inside90,
        double meanIntervalScore90, double meanCrps) {
      body.append("<tr><td>").append(Html.escape(series)).append("</td><td>").append(Html.escape(method))
          .append("</td><td>").append(Html.escape(comparedWith)).append("</td><td class=\"num\">")
          .append(n).append("</td><td class=\"num\">").append(inside50).append(" of ").append(n)
          .append("</td><td class=\"num\">").append(inside90).append(" of ").append(n)
          .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.2f", meanIntervalScore90))
          .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.2f", meanCrps))
          .append("</td></tr>");
    }
  }

  static String pct(double p) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }

  private static String num(double v, boolean percent) {
    return percent ? pct(v) : String.format(Locale.ROOT, "%.2f", v);
  }

  /** A difference to the baseline: of probabilities in percentage points, as the text output gives it. */
  static String difference(double v, boolean probability) {
    return probability ? String.format(Locale.ROOT, "%+.1f pt", 100 * v) : String.format(Locale.ROOT, "%+.2f", v);
  }

  /** A scenario number as written: integers without a point, others to 6 significant digits without trailing zeros. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
