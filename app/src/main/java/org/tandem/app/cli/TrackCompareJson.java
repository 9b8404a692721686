package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tandem.store.tracker.Happened;
import org.tandem.store.tracker.ObservationComparison;
import org.tandem.store.tracker.RealityComparison;

/** The JSON form of {@code track compare}, as described by {@code docs/track-compare-output.schema.json}. */
final class TrackCompareJson {
  private TrackCompareJson() {}

  static ObjectNode of(String roadmap, String strategy, long runs, long seed, LocalDate at,
      Map<String, String> matches, RealityComparison c) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("roadmap", roadmap);
    root.put("strategy", strategy);
    root.put("runs", runs);
    root.put("seed", seed);
    root.put("at", at.toString());
    ArrayNode dates = root.putArray("dates");
    c.dates().forEach(d -> dates.add(d.toString()));

    ObjectNode milestones = root.putObject("milestones");
    ArrayNode mRows = milestones.putArray("rows");
    for (var r : c.milestones().rows()) {
      mRows.addObject().put("milestone", r.milestone()).put("date", r.date().toString())
          .put("simulated", r.simulated()).put("happened", r.happened()).put("brier", r.brier());
    }
    ObjectNode perMilestone = milestones.putObject("brierByMilestone");
    c.milestones().brierByMilestone().forEach(perMilestone::put);
    number(milestones, "brier", c.milestones().brier());
    outcomes(milestones.putArray("outcomes"), c.milestones().outcomes(), false);
    ObjectNode skipped = milestones.putObject("skipped");
    c.milestones().skipped().forEach(skipped::put);

    ObjectNode steps = root.putObject("steps");
    ArrayNode sRows = steps.putArray("rows");
    for (var r : c.steps().rows()) {
      sRows.addObject().put("step", r.step()).put("stage", r.stage().label()).put("date", r.date().toString())
          .put("simulated", r.simulated()).put("happened", r.happened()).put("brier", r.brier());
    }
    ObjectNode perStep = steps.putObject("brierByStep");
    c.steps().brierByStep().forEach(perStep::put);
    number(steps, "brier", c.steps().brier());
    outcomes(steps.putArray("outcomes"), c.steps().outcomes(), true);

    ObjectNode observations = root.putObject("observations");
    ObjectNode matched = observations.putObject("matches");
    matches.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> matched.put(e.getKey(), e.getValue()));
    ArrayNode oRows = observations.putArray("rows");
    for (ObservationComparison.Row r : c.observations().rows()) {
      ObjectNode row = oRows.addObject();
      row.put("id", r.id()).put("series", r.series()).put("method", r.method()).put("date", r.date().toString())
          .put("low", r.low()).put("high", r.high()).put("simulatedSeries", r.simulatedSeries())
          .put("month", r.month().toString()).put("value", r.value()).put("percentile", r.percentile());
      row.putObject("simulated").put("p05", r.p05()).put("p25", r.p25()).put("p50", r.p50()).put("p75", r.p75())
          .put("p95", r.p95());
      row.put("inside50", r.inside50()).put("inside90", r.inside90()).put("intervalScore90", r.intervalScore90())
          .put("crps", r.crps());
    }
    summaries(observations.putArray("bySeries"), c.observations().summaries(), "simulatedSeries");
    ObjectNode counts = observations.putObject("counts");
    ArrayNode cRows = counts.putArray("rows");
    for (ObservationComparison.CountRow r : c.observations().counts()) {
      ObjectNode row = cRows.addObject();
      row.put("id", r.id()).put("series", r.series()).put("method", r.method()).put("date", r.date().toString())
          .put("low", r.low()).put("high", r.high()).put("event", r.event()).put("year", r.year())
          .put("months", r.months()).put("count", r.count()).put("mean", r.mean()).put("probability", r.probability())
          .put("percentile", r.percentile());
      row.putObject("simulated").put("q05", r.p05()).put("q25", r.p25()).put("q50", r.p50()).put("q75", r.p75())
          .put("q95", r.p95());
      row.put("inside50", r.inside50()).put("inside90", r.inside90()).put("intervalScore90", r.intervalScore90())
          .put("crps", r.crps());
    }
    summaries(counts.putArray("bySeries"), c.observations().countSummaries(), "event");
    ObjectNode oSkipped = observations.putObject("skipped");
    c.observations().skipped().forEach(oSkipped::put);
    return root;
  }

  /**
   * Coverage and mean scores per observed series and method; {@code simulated} names the field that
   * says what it was compared with.
   */
  private static void summaries(ArrayNode array, List<ObservationComparison.Summary> summaries, String simulated) {
    for (ObservationComparison.Summary s : summaries) {
      array.addObject().put("series", s.series()).put("method", s.method())
          .put(simulated, s.simulatedSeries()).put("observations", s.observations())
          .put("inside50", s.inside50()).put("inside90", s.inside90()).put("coverage50", s.coverage50())
          .put("coverage90", s.coverage90()).put("meanIntervalScore90", s.meanIntervalScore90())
          .put("meanCrps", s.meanCrps());
    }
  }

  private static void outcomes(ArrayNode array, List<Happened> outcomes, boolean withStage) {
    for (Happened h : outcomes) {
      ObjectNode node = array.addObject();
      node.put("id", h.id());
      if (withStage) {
        node.put("stage", h.stage());
      }
      node.put("happened", h.happened());
      node.put("on", h.on() == null ? null : h.on().toString());
      number(node, "simulatedByThen", h.simulatedByThen());
      node.put("at", h.at().toString());
      node.put("simulatedAt", h.simulatedAt());
      node.put("probabilityOfOutcome", h.probabilityOfOutcome());
    }
  }

  private static void number(ObjectNode node, String name, double value) {
    if (Double.isNaN(value)) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }
}
