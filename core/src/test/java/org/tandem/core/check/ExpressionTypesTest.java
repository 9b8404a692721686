package org.tandem.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.core.error.Diagnostic;

/**
 * Names and types of expressions, checked in the milestone condition (a condition) and an update
 * rule (a number) of a small scenario. Every error must point at its token: the condition is on
 * line 53 from column 12, the update rule on line 35 from column 14.
 */
class ExpressionTypesTest {
  private static final String SCENARIO = TestScenarios.mini("milestones:", """
      environment:
        - id: tension
          name: Tension
          initial: 0.5
          update: "UPDATE"
      events:
        - id: vote
          kind: scheduled
          name: Vote
          date: 2020-06
          outcomes:
            - id: aye
              probability: 0.5
            - id: nay
              probability: 0.5
        - id: test
          kind: stochastic
          name: Test
          hazard: {base: 0.1}
      milestones:""").replace("\"implemented(open)\"", "\"WHEN\"");

  private static List<Diagnostic> condition(String when) {
    return TestScenarios.check(SCENARIO.replace("UPDATE", "tension").replace("WHEN", when)).diagnostics();
  }

  private static List<Diagnostic> update(String rule) {
    return TestScenarios.check(SCENARIO.replace("UPDATE", rule).replace("WHEN", "true")).diagnostics();
  }

  /** The single diagnostic of a condition, which must sit at {@code token}'s column. */
  private static String conditionError(String when, String token) {
    List<Diagnostic> diagnostics = condition(when);
    assertThat(diagnostics).hasSize(1);
    Diagnostic d = diagnostics.get(0);
    assertThat(d.code()).isEqualTo("bad-expression");
    assertThat(d.location().line()).isEqualTo(53);
    assertThat(d.location().column()).as("column of '%s'", token).isEqualTo(12 + when.indexOf(token));
    return d.message();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "implemented(open) and tension >= 0.5",
      "not reversed(open) or month > 3",
      "date >= 2020-06 and months-since-progress < 12",
      "outcome(vote, aye) and count(test) == 0 and months-since(vote) > 2",
      "(count(test) > 1) == false or space(a) > 0.2",
      "position(a, trade) - state(trade) > 10 and progress(talks) >= 0.5",
      "if(tension > 0.5, agreed(open), proposed(open))",
      "clamp(abs(-tension), 0, 1) * 2 != min(1, max(0, tension)) / 2",
      "reached(opened) or implementing(open) or verified(open) == verified(open)",
  })
  void acceptsWellTypedConditions(String when) {
    assertThat(condition(when)).extracting(Diagnostic::code).doesNotContain("bad-expression", "unknown-id");
  }

  @Test
  void requiresAConditionWhereAConditionBelongs() {
    List<Diagnostic> diagnostics = condition("state(trade) + 1");
    assertThat(diagnostics).extracting(Diagnostic::toString).containsExactly("test.yaml:53:12: error: milestone"
        + " 'opened' must be a condition (true/false) but \"state(trade) + 1\" is a number [bad-expression]");
  }

  @Test
  void requiresANumberInAnUpdateRule() {
    assertThat(update("tension > 0.5")).extracting(Diagnostic::toString).containsExactly("test.yaml:35:14: error:"
        + " the update rule of 'tension' must be a number but \"tension > 0.5\" is a condition (true/false)"
        + " [bad-expression]");
  }

  @Test
  void requiresConditionsAroundAnd() {
    assertThat(conditionError("implemented(open) and state(trade)", "state"))
        .isEqualTo("'and' needs a condition (true/false) but this is a number in \"implemented(open) and state(trade)\"");
  }

  @Test
  void requiresNumbersAroundPlus() {
    assertThat(conditionError("implemented(open) + 1 > 2", "implemented"))
        .startsWith("'+' needs a number but this is a condition (true/false)");
  }

  @Test
  void rejectsOrderingConditions() {
    assertThat(conditionError("agreed(open) < implemented(open)", "<"))
        .startsWith("'<' compares numbers, but here it has a condition (true/false) and a condition (true/false)");
  }

  @Test
  void rejectsEqualityBetweenANumberAndACondition() {
    assertThat(conditionError("tension == agreed(open)", "=="))
        .startsWith("'==' compares numbers, but here it has a number and a condition (true/false)");
  }

  @Test
  void reportsAMisspeltFunctionWithTheFunctionItResembles() {
    assertThat(conditionError("implemnted(open)", "implemnted"))
        .startsWith("unknown function 'implemnted' - did you mean 'implemented'?");
  }

  @Test
  void reportsTheWrongNumberOfArguments() {
    assertThat(conditionError("min(1) > 0", "min")).startsWith("min(...) takes 2 arguments but has 1");
  }

  @Test
  void reportsAStepUsedAsAValue() {
    assertThat(conditionError("tension > 0 and open", "open"))
        .startsWith("'open' is a step, not a value; use it inside a function such as verified(...)");
  }

  @Test
  void reportsAnIdOfTheWrongKindAsAFunctionArgument() {
    assertThat(conditionError("implemented(talks)", "talks"))
        .startsWith("unknown step 'talks' in implemented(...) ('talks' is a track)");
  }

  @Test
  void reportsAValueWhereAnIdArgumentBelongs() {
    assertThat(conditionError("verified(1)", "1")).startsWith("verified(...) expects step here");
  }

  @Test
  void reportsAnUnknownProfileOfTheNamedActor() {
    assertThat(conditionError("profile(a, hawk)", "hawk")).startsWith("unknown profile 'hawk' of actor 'a' in profile(...)");
  }

  @Test
  void reportsOnlyTheFirstArgumentWhenItsOwnerIsUnknown() {
    assertThat(conditionError("profile(zz, hawk)", "zz")).startsWith("unknown actor 'zz' in profile(...)");
  }

  @Test
  void reportsAnUnknownOutcomeOfTheNamedEventWithTheOutcomeItResembles() {
    assertThat(conditionError("outcome(vote, aey)", "aey"))
        .startsWith("unknown outcome 'aey' of event 'vote' in outcome(...) - did you mean 'aye'?");
  }

  @Test
  void reportsAStochasticEventWhereAScheduledOneBelongs() {
    assertThat(conditionError("outcome(test, aye)", "test"))
        .startsWith("unknown scheduled event 'test' in outcome(...) ('test' is an event)");
  }

  @Test
  void suggestsSpacesWhenAnUnknownNameLooksLikeASubtraction() {
    assertThat(conditionError("tension-1 > 0", "tension-1"))
        .startsWith("unknown variable 'tension-1' - did you mean 'tension'? (write subtraction with spaces: a - b)");
  }

  @Test
  void reportsCapabilityStocksInAScenarioWithoutACapabilityModel() {
    assertThat(conditionError("warheads > 3", "warheads"))
        .startsWith("'warheads' needs a capability model, and this scenario has none");
  }

  @Test
  void reportsAFunctionNameWrittenWithoutArguments() {
    assertThat(conditionError("abs > 1", "abs")).startsWith("'abs' is a function: write abs(...)");
  }

  @Test
  void requiresBothBranchesOfIfToHaveOneType() {
    assertThat(conditionError("if(agreed(open), true, 1)", "1"))
        .startsWith("both branches of if(...) must have the same type, but they are a condition (true/false) and a number");
  }

  @Test
  void requiresANumberUnderUnaryMinus() {
    assertThat(conditionError("-agreed(open) > 0", "agreed")).startsWith("'-' needs a number but this is a condition");
  }

  @Test
  void reportsEveryTypeErrorOfOneExpression() {
    assertThat(condition("implemnted(open) and verified(opne)")).extracting(d -> d.location().column())
        .containsExactly(12, 12 + "implemnted(open) and verified(".length());
  }

  @Test
  void locatesAnErrorOnTheRightLineOfAMultiLineExpression() {
    String yaml = SCENARIO.replace("UPDATE", "tension").replace("when: \"WHEN\"", "when: >-\n      implemented(open)\n      and opne");
    assertThat(TestScenarios.check(yaml).diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "test.yaml:55:11: error: unknown variable 'opne' in \"implemented(open) and opne\" [bad-expression]");
  }

  @Test
  void checksAThousandOperatorsWithoutRunningOutOfStack() {
    String sum = String.join(" + ", java.util.Collections.nCopies(1_001, "tension"));
    assertThat(update(sum)).isEmpty();
  }
}
