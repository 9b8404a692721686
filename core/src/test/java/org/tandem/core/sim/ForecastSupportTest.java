package org.tandem.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;

/** The engine's step support from full bargaining models (expected utility, spatial model). */
class ForecastSupportTest {

  private static Scenario scenario(String model) {
    return TestScenarios.parse("""
        tandem: 1
        id: forecast-support
        title: Forecast support
        note: "test fixture"
        start: 2020-01
        horizon: 2021-12
        model: {support: %s, pace: 0.5, threshold: 0.5}
        issues:
          - {id: deal, name: Deal, scale: {low: none, high: full}, status-quo: 50}
        actors:
          - {id: a, name: A, capability: 3, positions: {deal: {position: 80, salience: 1}}}
          - {id: b, name: B, capability: 2, positions: {deal: {position: 70, salience: 0.8}}}
          - {id: c, name: C, capability: 1, positions: {deal: {position: 90, salience: 0.5}}}
        tracks:
          - {id: only, name: Only}
        steps:
          - {id: up, track: only, title: Up, actors: [a], issue: deal, moves: 10, repeatable: false}
          - {id: down, track: only, title: Down, actors: [a], issue: deal, moves: -10}
        strategies:
          - {id: all, name: All}
        milestones:
          - {id: up-agreed, name: Up agreed, when: "agreed(up)"}
          - {id: down-agreed, name: Down agreed, when: "agreed(down)"}
        """.formatted(model));
  }

  @ParameterizedTest
  @ValueSource(strings = {"eu", "smp"})
  void stepsTowardsTheForecastAreSupportedAndStepsAwayAreNot(String model) {
    // Every stakeholder sits between 70 and 90, so any of the models forecasts an outcome above the
    // status quo of 50: moving up gains support 1, moving down 0 (never agreed).
    SimulationResult r = TestScenarios.simulate(scenario(model), "all", 500, 4, 2, Map.of());
    assertThat(r.milestone("up-agreed").probability()).isEqualTo(1.0);
    assertThat(r.milestone("down-agreed").probability()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"eu", "smp"})
  void resultsDoNotDependOnTheThreadCount(String model) {
    String one = Fingerprint.of(TestScenarios.simulate(scenario(model), "all", 600, 8, 1, Map.of()));
    String four = Fingerprint.of(TestScenarios.simulate(scenario(model), "all", 600, 8, 4, Map.of()));
    assertThat(four).isEqualTo(one);
  }
}
