package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tandem.core.sweep.Correlation;
import org.tandem.core.sweep.Output;
import org.tandem.core.sweep.Parameter;
import org.tandem.core.sweep.PrccTable;
import org.tandem.core.sweep.SobolIndex;
import org.tandem.core.sweep.SobolTable;
import org.tandem.core.sweep.SweepManifest;
import org.tandem.core.sweep.SweepResult;
import org.tandem.core.sweep.Swing;
import org.tandem.core.sweep.Tornado;

/** The JSON form of a sweep, as described by {@code docs/sweep-output.schema.json}. */
final class SweepJson {
  private SweepJson() {}

  static ObjectNode of(SweepResult r, double seconds, int threads) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    SweepManifest m = r.manifest();
    ObjectNode manifest = root.putObject("manifest");
    manifest.put("scenario", m.scenario());
    manifest.put("scenarioSha256", m.scenarioSha256());
    manifest.put("strategy", m.strategy());
    manifest.put("method", m.method());
    manifest.put("samples", m.samples());
    manifest.put("points", m.points());
    manifest.put("runs", m.runs());
    manifest.put("seed", m.seed());
    manifest.put("rng", m.rng());
    manifest.put("version", m.version());
    manifest.put("fingerprint", m.fingerprint());
    ArrayNode parameters = root.putArray("parameters");
    for (Parameter p : r.parameters()) {
      ObjectNode node = parameters.addObject();
      node.put("path", p.path());
      node.put("low", p.range().low());
      node.put("high", p.range().high());
      node.put("scenarioValue", p.base());
      node.put("location", p.assumption().location().toString());
      node.put("source", p.assumption().source());
      node.put("note", p.assumption().note());
    }
    ArrayNode outputs = root.putArray("outputs");
    r.outputs().stream().map(Output::id).forEach(outputs::add);
    ArrayNode points = root.putArray("points");
    double[][] x = r.points();
    double[][] y = r.values();
    for (int i = 0; i < x.length; i++) {
      ObjectNode point = points.addObject();
      ArrayNode values = point.putArray("parameters");
      for (double v : x[i]) {
        values.add(v);
      }
      ArrayNode found = point.putArray("outputs");
      for (double v : y[i]) {
        found.add(v);
      }
    }
    if (r.analysis() instanceof Tornado t) {
      ArrayNode rows = root.putArray("tornado");
      for (Swing s : t.swings()) {
        ObjectNode row = rows.addObject().put("output", s.output()).put("parameter", s.parameter());
        row.put("low", s.low()).put("high", s.high()).put("atLow", s.atLow()).put("atHigh", s.atHigh())
            .put("swing", s.swing()).put("atScenarioValues", s.base());
      }
    } else if (r.analysis() instanceof PrccTable t) {
      ArrayNode rows = root.putArray("prcc");
      for (Correlation c : t.correlations()) {
        ObjectNode row = rows.addObject().put("output", c.output()).put("parameter", c.parameter());
        number(row, "value", c.estimate().value());
        number(row, "low", c.estimate().low());
        number(row, "high", c.estimate().high());
        number(row, "pValue", c.estimate().pValue());
      }
    } else {
      ArrayNode rows = root.putArray("sobol");
      for (SobolIndex s : ((SobolTable) r.analysis()).indices()) {
        ObjectNode row = rows.addObject().put("output", s.output()).put("parameter", s.parameter());
        var e = s.estimate();
        number(row, "firstOrder", e.firstOrder());
        number(row, "firstOrderLow", e.firstLow());
        number(row, "firstOrderHigh", e.firstHigh());
        number(row, "total", e.total());
        number(row, "totalLow", e.totalLow());
        number(row, "totalHigh", e.totalHigh());
      }
    }
    root.putObject("timing").put("seconds", seconds).put("threads", threads);
    return root;
  }

  /** NaN (an index of an output that does not vary) is null: JSON has no NaN. */
  private static void number(ObjectNode node, String key, double v) {
    if (Double.isNaN(v)) {
      node.putNull(key);
    } else {
      node.put(key, v);
    }
  }
}
