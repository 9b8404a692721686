package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.Estimate;
import org.tandem.core.result.MetricComparison;
import org.tandem.core.result.SimulationResult;

/** The JSON form of a comparison, as described by {@code docs/compare-output.schema.json}. */
final class ComparisonJson {
  private ComparisonJson() {}

  static ObjectNode of(ComparisonResult c) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("scenario", c.scenario());
    ArrayNode strategies = root.putArray("strategies");
    c.strategies().forEach(strategies::add);
    root.put("baseline", c.baseline());
    ObjectNode given = root.putObject("given");
    c.given().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> given.put(e.getKey(), e.getValue()));
    root.put("runs", c.runs());
    root.put("seed", c.seed());
    root.put("commonRandomNumbers", c.commonRandomNumbers());
    ArrayNode metrics = root.putArray("metrics");
    for (MetricComparison m : c.metrics()) {
      ObjectNode node = metrics.addObject();
      node.put("id", m.id());
      node.put("label", m.label());
      node.put("lowerIsBetter", m.lowerIsBetter());
      ArrayNode rows = node.putArray("strategies");
      for (int s = 0; s < c.strategies().size(); s++) {
        ObjectNode row = rows.addObject();
        row.put("strategy", c.strategies().get(s));
        estimate(row, m.values().get(s));
        estimate(row.putObject("difference"), m.differences().get(s));
        double ratio = m.varianceRatios().get(s);
        if (Double.isFinite(ratio)) {
          row.put("varianceRatio", ratio);
        } else {
          row.putNull("varianceRatio");
        }
        row.put("rank", m.ranks().get(s));
        if (m.id().startsWith("months:")) {
          String median = c.perStrategy().get(s).milestone(m.id().substring("months:".length())).medianMonth();
          if (median == null) {
            row.putNull("medianMonth");
          } else {
            row.put("medianMonth", median);
          }
        }
      }
    }
    ArrayNode perStrategy = root.putArray("perStrategy");
    for (SimulationResult r : c.perStrategy()) {
      perStrategy.add(ResultJson.of(r));
    }
    return root;
  }

  private static void estimate(ObjectNode node, Estimate e) {
    node.put("mean", e.mean());
    node.put("low", e.low());
    node.put("high", e.high());
  }
}
