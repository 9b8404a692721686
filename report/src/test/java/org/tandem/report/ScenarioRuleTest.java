package org.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRuleTest {
  @Test
  void listsEveryExpressionOfTheScenarioWithWhatItGovernsAndWhereItIs() {
    List<ScenarioRule> rules = ScenarioRule.of(Fixtures.hostile());
    assertThat(rules).extracting(ScenarioRule::what).containsExactly(
        "update of tension (each month)",
        "precondition of step lift-embargo",
        "precondition of step stop-tests",
        "hazard factor of event test (times 0.2)",
        "milestone deal",
        "breakdown (when it holds 2 months in a row)");
    assertThat(rules).extracting(ScenarioRule::expression).containsExactly(
        "0.9 * tension + 0.05",
        "implemented(open-talks)",
        "implemented(open-talks) and tension <= 0.9",
        "verified(stop-tests)",
        "verified(stop-tests) and implemented(lift-embargo)",
        "tension >= 0.95");
    assertThat(rules.get(0).location()).startsWith("hostile.yaml:49:");
    assertThat(rules.get(5).location()).startsWith("hostile.yaml:114:");
  }

  @Test
  void strategyRuleConditionsSayWhatTheyOfferOrWithhold() {
    List<ScenarioRule> rules = ScenarioRule.of(Fixtures.korea());
    assertThat(rules).extracting(ScenarioRule::what).anyMatch(w -> w.startsWith("strategy "))
        .anyMatch(w -> w.startsWith("reversal of step ")).anyMatch(w -> w.startsWith("update of "));
  }
}
