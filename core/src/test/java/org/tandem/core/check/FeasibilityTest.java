package org.tandem.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.expr.ExpressionParser;
import org.tandem.core.scenario.expr.ExpressionSyntaxException;

/** Judged on the minimal scenario: twelve months of 2020, one step 'open' without verification. */
class FeasibilityTest {
  private static final Scenario MINI = TestScenarios.check(TestScenarios.MINI).scenario();

  private static Tri judge(String condition, Set<String> possible) throws ExpressionSyntaxException {
    return new Feasibility(MINI, possible).condition(ExpressionParser.parse(condition));
  }

  @Test
  void judgesComparisonsByTheRangeOfEachSide() throws ExpressionSyntaxException {
    assertThat(judge("month > 11", Set.of())).isEqualTo(Tri.FALSE);
    assertThat(judge("month >= 0", Set.of())).isEqualTo(Tri.TRUE);
    assertThat(judge("month > 5", Set.of())).isEqualTo(Tri.UNKNOWN);
    assertThat(judge("date < 2021-01", Set.of())).isEqualTo(Tri.TRUE);
    assertThat(judge("state(trade) - 100 > 0", Set.of())).isEqualTo(Tri.FALSE);
    assertThat(judge("min(month, 3) == 7", Set.of())).isEqualTo(Tri.FALSE);
  }

  @Test
  void combinesWithThreeValuedLogic() throws ExpressionSyntaxException {
    assertThat(judge("not (month > 11)", Set.of())).isEqualTo(Tri.TRUE);
    assertThat(judge("month > 5 or month >= 0", Set.of())).isEqualTo(Tri.TRUE);
    assertThat(judge("month > 5 and month > 11", Set.of())).isEqualTo(Tri.FALSE);
    assertThat(judge("if(month > 100, false, true)", Set.of())).isEqualTo(Tri.TRUE);
    assertThat(judge("(month > 11) == false", Set.of())).isEqualTo(Tri.TRUE);
  }

  @Test
  void knowsWhichStepStatesCanEverHold() throws ExpressionSyntaxException {
    assertThat(judge("agreed(open)", Set.of())).isEqualTo(Tri.FALSE);
    assertThat(judge("implemented(open)", Set.of("open"))).isEqualTo(Tri.UNKNOWN);
    assertThat(judge("verified(open)", Set.of("open"))).isEqualTo(Tri.FALSE);
    assertThat(judge("reversed(open)", Set.of("open"))).isEqualTo(Tri.FALSE);
    assertThat(judge("reached(opened)", Set.of())).isEqualTo(Tri.FALSE);
  }

  @Test
  void saysWhyAConditionCanNeverHold() throws ExpressionSyntaxException {
    Feasibility f = new Feasibility(MINI, Set.of("open"));
    assertThat(f.condition(ExpressionParser.parse("verified(open) or month > 11"))).isEqualTo(Tri.FALSE);
    assertThat(f.reason()).isEqualTo("verified(open) can never hold: step 'open' has no verification, and a"
        + " comparison '>' can never hold: its left side lies in [0, 11] and its right side in [11, 11]");
  }
}
