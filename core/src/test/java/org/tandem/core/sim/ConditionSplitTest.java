package org.tandem.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.core.error.Location;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.expr.ExprPrinter;
import org.tandem.core.scenario.expr.ExpressionParser;

class ConditionSplitTest {

  private static Expression expression(String text) throws Exception {
    return new Expression(text, ExpressionParser.parse(text), Location.of("test"));
  }

  private static String print(Expression e) {
    return e == null ? "-" : ExprPrinter.print(e.root());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // step stages, profiles, outcomes, positions, issue states and track progress: structural
      "verified(a) and not reversed(b)|true",
      "profile(us, hawk) or outcome(vote, yes)|true",
      "position(us, nuclear) >= 50 and state(nuclear) < 30|true",
      "progress(t) >= 0.5|true",
      "if(profile(us, hawk), 1, 0) > max(0, state(nuclear))|true",
      // variables, built-in numbers, milestones reached and event counts change without a stage change
      "momentum >= 0.3|false",
      "verified(a) and momentum >= 0.3|false",
      "date >= 2015-01|false",
      "reached(m)|false",
      "count(test) > 2|false",
      "months-since(test) < 6|false",
      "space(us) > 0.5|false",
      "if(profile(us, hawk), tension, 0) > 0.5|false"})
  void structuralConditionsReadOnlyStagesProfilesOutcomesAndIssues(String text, boolean structural) throws Exception {
    assertThat(ExpressionCompiler.isStructural(expression(text))).isEqualTo(structural);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "verified(a) and momentum >= 0.3 and (implemented(b) or tension < 0.5)"
          + "|verified(a)|momentum >= 0.3 and (implemented(b) or tension < 0.5)",
      "not profile(c, unified) and space(us) <= 0.12|not profile(c, unified)|space(us) <= 0.12",
      "verified(a) and implemented(b)|verified(a) and implemented(b)|-",
      "tension >= 0.9|-|tension >= 0.9",
      "verified(a) or momentum > 0.5|-|verified(a) or momentum > 0.5"})
  void splitsTopLevelConjunctsKeepingTheirOrder(String text, String structural, String rest) throws Exception {
    ConditionSplit split = ConditionSplit.of(expression(text));
    assertThat(print(split.structural())).isEqualTo(print(structural.equals("-") ? null : expression(structural)));
    assertThat(print(split.rest())).isEqualTo(print(rest.equals("-") ? null : expression(rest)));
  }

  @Test
  void noConditionHasNeitherPart() {
    assertThat(ConditionSplit.of(null)).isEqualTo(new ConditionSplit(null, null));
  }
}
