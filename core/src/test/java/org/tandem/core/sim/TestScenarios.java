package org.tandem.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.tandem.core.check.CheckResult;
import org.tandem.core.check.Scenarios;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;

/** Small scenarios for engine tests, loaded through the real loader and checker. */
final class TestScenarios {
  private TestScenarios() {}

  static Scenario parse(String yaml) {
    CheckResult result = Scenarios.check(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml");
    assertThat(result.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
    return result.scenario();
  }

  static Scenario resource(String name) {
    try (InputStream in = TestScenarios.class.getResourceAsStream("/scenarios/" + name)) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SimulationResult simulate(Scenario scenario, String strategy, long runs, long seed, int threads,
      Map<String, String> given) {
    return Simulation.run(scenario, new SimulationSettings(strategy, runs, seed, threads, given, null),
        ProgressListener.NONE);
  }

  static SimulationResult simulate(Scenario scenario, long runs) {
    return simulate(scenario, scenario.strategies().get(0).id(), runs, 7, 2, Map.of());
  }

  /** {@link #header} with tension rising by 0.1 a month from 0.5: 0.6 after month 0's update, 0.7 after month 1's. */
  static String headerWithRisingTension() {
    return header("").replace("initial: 0.5", "initial: 0.5\n    update: \"tension + 0.1\"");
  }

  /** A header of a one-issue, one-track scenario; append steps, events, strategies and milestones. */
  static String header(String extraEnvironment) {
    return """
        tandem: 1
        id: test
        title: Test
        note: "test fixture"
        start: 2020-01
        horizon: 2021-12
        model: {pace: 1, threshold: 0.5}
        issues:
          - id: deal
            name: Deal
            scale: {low: none, high: full}
            status-quo: 0
        actors:
          - id: a
            name: A
            capability: 1
            positions:
              deal: {position: 100, salience: 1}
          - id: b
            name: B
            capability: 1
            positions:
              deal: {position: 100, salience: 1}
        tracks:
          - id: only
            name: Only track
        environment:
          - id: tension
            name: Tension
            initial: 0.5
        """ + extraEnvironment;
  }
}
