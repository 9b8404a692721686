package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.tandem.core.result.BlockerShare;
import org.tandem.core.result.CountDistribution;
import org.tandem.core.result.EventResult;
import org.tandem.core.result.Manifest;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.result.StepResult;
import org.tandem.core.result.TrackResult;

/**
 * The JSON form of a simulation result, as described by {@code docs/simulate-output.schema.json}.
 * Only the top-level {@code timing} object depends on the wall clock.
 */
final class ResultJson {
  private ResultJson() {}

  static ObjectNode of(SimulationResult r) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("manifest", manifest(r.manifest()));
    root.put("start", r.start().toString());
    root.put("horizon", r.horizon().toString());
    ArrayNode milestones = root.putArray("milestones");
    for (MilestoneResult m : r.milestones()) {
      ObjectNode node = milestones.addObject();
      node.put("id", m.id());
      node.put("name", m.name());
      node.put("probability", m.probability());
      ObjectNode byYear = node.putObject("byYear");
      m.byYear().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> byYear.put(e.getKey(), e.getValue()));
      if (m.medianMonth() == null) {
        node.putNull("medianMonth");
      } else {
        node.put("medianMonth", m.medianMonth());
      }
      node.put("reversal", m.reversal());
      numbers(node.putArray("cumulative"), m.cumulative());
    }
    root.putObject("breakdown").put("probability", r.breakdownProbability());
    ObjectNode series = root.putObject("series");
    for (SeriesResult s : r.series()) {
      ObjectNode node = series.putObject(s.id());
      ArrayNode months = node.putArray("months");
      for (int t = 0; t < r.months(); t++) {
        months.add(r.monthAt(t).toString());
      }
      numbers(node.putArray("mean"), s.mean());
      numbers(node.putArray("p05"), s.p05());
      numbers(node.putArray("p25"), s.p25());
      numbers(node.putArray("p50"), s.p50());
      numbers(node.putArray("p75"), s.p75());
      numbers(node.putArray("p95"), s.p95());
      node.put("resolution", s.resolution());
      node.put("overflow", s.overflow());
    }
    ArrayNode blockers = root.putArray("blockers");
    for (BlockerShare b : r.blockers()) {
      blockers.addObject().put("milestone", b.milestone()).put("blocker", b.blocker()).put("count", b.count())
          .put("share", b.share());
    }
    ArrayNode steps = root.putArray("steps");
    for (StepResult s : r.steps()) {
      ObjectNode node = steps.addObject().put("id", s.id()).put("track", s.track()).put("agreed", s.agreed())
          .put("implemented", s.implemented()).put("verified", s.verified()).put("reversed", s.reversed());
      ObjectNode byYear = node.putObject("byYear");
      s.byYear().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> byYear.putObject(e.getKey())
          .put("agreed", e.getValue().agreed()).put("implemented", e.getValue().implemented())
          .put("verified", e.getValue().verified()));
    }
    ArrayNode tracks = root.putArray("tracks");
    for (TrackResult t : r.tracks()) {
      ObjectNode node = tracks.addObject().put("id", t.id()).put("moved", t.moved());
      if (t.medianFirstMonth() == null) {
        node.putNull("medianFirstMonth");
      } else {
        node.put("medianFirstMonth", t.medianFirstMonth());
      }
      ObjectNode noLater = node.putObject("startsNoLaterThan");
      t.startsNoLaterThan().forEach(noLater::put);
    }
    ArrayNode events = root.putArray("events");
    for (EventResult e : r.events()) {
      ObjectNode node = events.addObject().put("id", e.id()).put("kind", e.kind());
      if ("scheduled".equals(e.kind())) {
        ObjectNode outcomes = node.putObject("outcomes");
        e.outcomes().forEach(outcomes::put);
      } else {
        node.put("meanFirings", e.meanFirings());
        ObjectNode byYear = node.putObject("byYear");
        e.byYear().forEach((year, d) -> yearlyCount(byYear.putObject(year), d));
      }
    }
    return root;
  }

  /**
   * One year's count distribution: its simulated months, the mean count and the probabilities of 0,
   * 1, ... firings, without the trailing zeros (so the array is one longer than the largest count
   * any run had).
   */
  private static void yearlyCount(ObjectNode node, CountDistribution d) {
    node.put("months", d.months());
    node.put("mean", d.mean());
    int last = 0;
    for (int k = 0; k <= CountDistribution.MAX; k++) {
      if (d.probability(k) > 0) {
        last = k;
      }
    }
    ArrayNode p = node.putArray("p");
    for (int k = 0; k <= last; k++) {
      p.add(d.probability(k));
    }
  }

  private static ObjectNode manifest(Manifest m) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("scenario", m.scenario());
    node.put("scenarioSha256", m.scenarioSha256());
    node.put("strategy", m.strategy());
    ObjectNode given = node.putObject("given");
    m.given().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> given.put(e.getKey(), e.getValue()));
    node.put("seed", m.seed());
    node.put("runs", m.runs());
    node.put("rng", m.rng());
    node.put("version", m.version());
    return node;
  }

  private static void numbers(ArrayNode array, double[] values) {
    for (double v : values) {
      array.add(v);
    }
  }
}
