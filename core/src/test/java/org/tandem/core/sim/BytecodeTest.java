package org.tandem.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.core.check.Scenarios;
import org.tandem.core.scenario.Scenario;

/** Expressions compiled to bytecode give exactly what the interpreted trees give. */
class BytecodeTest {

  @ParameterizedTest
  @CsvSource({
      "korea-2012, comprehensive",
      "korea-2012, strategic-patience",
      "iran-2015, full-implementation",
      "tiny.yaml, engage"})
  void generatedCodeGivesIdenticalResults(String scenario, String strategy) {
    Scenario s = scenario.endsWith(".yaml") ? TestScenarios.resource(scenario) : Scenarios.load(scenario);
    SimulationSettings settings = new SimulationSettings(strategy, 1500, 77, 2, Map.of(), null);
    String interpreted = Fingerprint.of(Simulation.run(s, settings, ProgressListener.NONE, false));
    String generated = Fingerprint.of(Simulation.run(s, settings, ProgressListener.NONE, true));
    assertThat(generated).isEqualTo(interpreted);
  }

  @ParameterizedTest
  @CsvSource({"korea-2012, comprehensive"})
  void generatedCodeIsUsedWhenAsked(String scenario, String strategy) {
    CompiledScenario model = new CompiledScenario(Scenarios.load(scenario), strategy, Map.of(), true);
    assertThat(model.generated()).as("the generated class loads").isTrue();
    assertThat(model.variableUpdate).anySatisfy(node -> assertThat(node.getClass().isHidden()).isTrue());
  }
}
