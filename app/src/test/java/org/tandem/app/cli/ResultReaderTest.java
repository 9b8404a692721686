package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.UserException;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.sim.Comparison;
import org.tandem.core.sim.ComparisonSettings;
import org.tandem.core.sim.ProgressListener;
import org.tandem.core.sim.Simulation;
import org.tandem.core.sim.SimulationSettings;

class ResultReaderTest {
  private static final String TINY = "../core/src/test/resources/scenarios/tiny.yaml";

  @Test
  void readingASavedSimulationGivesBackTheSameJson() throws Exception {
    Scenario tiny = Scenarios.load(TINY);
    SimulationResult r = Simulation.run(tiny, new SimulationSettings("engage", 200, 3, 1, Map.of("election", "hawk"),
        null), ProgressListener.NONE);
    String saved = Json.write(ResultJson.of(r));
    ResultReader.Saved read = ResultReader.read(saved, "r.json");
    assertThat(read).isInstanceOf(ResultReader.Simulated.class);
    // As trees: maps of the result records have no defined order, so field order may differ.
    assertThat(Json.MAPPER.readTree(Json.write(ResultJson.of(((ResultReader.Simulated) read).result()))))
        .isEqualTo(Json.MAPPER.readTree(saved));
  }

  @Test
  void readingASavedComparisonGivesBackTheSameJson() throws Exception {
    Scenario korea = Scenarios.load("korea-2012");
    ComparisonResult c = Comparison.run(korea, new ComparisonSettings(List.of("strategic-patience", "comprehensive"),
        "strategic-patience", 60, 3, 1, Map.of(), List.of(korea.horizon()), false), ProgressListener.NONE);
    String saved = Json.write(ComparisonJson.of(c));
    ResultReader.Saved read = ResultReader.read(saved, "c.json");
    assertThat(read).isInstanceOf(ResultReader.Compared.class);
    ResultReader.Compared compared = (ResultReader.Compared) read;
    assertThat(compared.vary()).isEmpty();
    assertThat(Json.MAPPER.readTree(Json.write(ComparisonJson.of(compared.comparisons().get(0)))))
        .isEqualTo(Json.MAPPER.readTree(saved));
  }

  @Test
  void errorsNameTheFileAndTheJsonPointerOfTheFirstBadValue() {
    Scenario tiny = Scenarios.load(TINY);
    SimulationResult r = Simulation.run(tiny, new SimulationSettings("engage", 20, 3, 1, Map.of(), null),
        ProgressListener.NONE);
    ObjectNode root = ResultJson.of(r);
    ((ArrayNode) root.at("/milestones/0/cumulative")).remove(0);
    assertThatThrownBy(() -> ResultReader.read(Json.write(root), "r.json")).isInstanceOf(UserException.class)
        .hasMessageContaining("r.json").hasMessageContaining("/milestones/0/cumulative")
        .hasMessageContaining("36 numbers, one per simulated month, not 35");
    ((ObjectNode) root.get("manifest")).put("seed", "five");
    assertThatThrownBy(() -> ResultReader.read(Json.write(root), "r.json")).hasMessageContaining("/manifest/seed")
        .hasMessageContaining("a number");
    assertThatThrownBy(() -> ResultReader.read("[1, 2]", "x.json")).isInstanceOf(UserException.class)
        .hasMessageContaining("the top level");
    assertThatThrownBy(() -> ResultReader.read("{\"manifest\": {", "x.json")).isInstanceOf(UserException.class)
        .hasMessageContaining("not valid JSON");
  }
}
