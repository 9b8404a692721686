package org.tandem.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.Scenario;

class ScenarioProblemsTest {

  private static Scenario tiny() throws IOException {
    try (InputStream in = ScenarioProblemsTest.class.getResourceAsStream("/scenarios/tiny.yaml")) {
      return Scenarios.check(in.readAllBytes(), "tiny.yaml").scenario();
    }
  }

  @Test
  void eachIssueBecomesAOneDimensionalProblemOfItsStakeholders() throws IOException {
    List<Problem> problems = ScenarioProblems.of(tiny(), Map.of());
    assertThat(problems).hasSize(1);
    Problem trade = problems.get(0);
    assertThat(trade.dimensions()).containsExactly("trade");
    assertThat(trade.actors()).extracting(Actor::name).containsExactly("a", "b");
    // Saliences 0.6 and 0.8 in the scenario are 60 and 80 on the models' 0-100 scale.
    assertThat(trade.saliences(0)).containsExactly(60, 80);
  }

  @Test
  void forecastFollowsTheProfilesOfGivenOutcomes() throws IOException {
    BargainingModel compromise = BargainingModels.create("compromise", ModelSettings.DEFAULTS).orElseThrow();
    // By hand, weights capability x salience: a 60 x 60 = 3600, b 40 x 80 = 3200.
    // Start (a is a dove at 80): (3600 x 80 + 3200 x 70) / 6800 = 75.294...
    // Given election=hawk (a at 20): (3600 x 20 + 3200 x 70) / 6800 = 43.529...
    double start = compromise.forecast(ScenarioProblems.of(tiny(), Map.of()).get(0), false).position(0);
    double hawk = compromise.forecast(ScenarioProblems.of(tiny(), Map.of("election", "hawk")).get(0), false)
        .position(0);
    assertThat(start).isCloseTo(512000.0 / 6800, offset(1e-9));
    assertThat(hawk).isCloseTo(296000.0 / 6800, offset(1e-9));
  }

  @Test
  void unknownGivenEventOrOutcomeIsAUserError() throws IOException {
    Scenario s = tiny();
    assertThatThrownBy(() -> ScenarioProblems.of(s, Map.of("elektion", "hawk")))
        .isInstanceOf(UserException.class).hasMessageContaining("did you mean 'election'");
    assertThatThrownBy(() -> ScenarioProblems.of(s, Map.of("election", "owl")))
        .isInstanceOf(UserException.class).hasMessageContaining("not an outcome of 'election'");
  }
}
