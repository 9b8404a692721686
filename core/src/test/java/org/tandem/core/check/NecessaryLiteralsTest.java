package org.tandem.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.scenario.expr.ExpressionParser;
import org.tandem.core.scenario.expr.ExpressionSyntaxException;

class NecessaryLiteralsTest {

  private static List<String> literals(String condition) throws ExpressionSyntaxException {
    return NecessaryLiterals.of(ExpressionParser.parse(condition)).stream().map(Literal::text).toList();
  }

  private static List<String> steps(String condition) throws ExpressionSyntaxException {
    return List.copyOf(NecessaryLiterals.requiredSteps(ExpressionParser.parse(condition)));
  }

  @Test
  void keepsEveryConjunctAndWhatAllAlternativesShare() throws ExpressionSyntaxException {
    assertThat(literals("agreed(a) and (verified(b) or verified(b) and x > 1)"))
        .containsExactly("agreed(a)", "verified(b)");
    assertThat(literals("agreed(a) or agreed(b)")).isEmpty();
  }

  @Test
  void pushesNegationInwards() throws ExpressionSyntaxException {
    assertThat(literals("not (agreed(a) or x >= 0.5)")).containsExactly("not agreed(a)", "x < 0.5");
    assertThat(literals("not (agreed(a) and agreed(b))")).isEmpty();
    assertThat(literals("1 < x")).containsExactly("x > 1.0");
  }

  @Test
  void requiresAStepThatEveryAlternativeNamesInWhateverState() throws ExpressionSyntaxException {
    assertThat(steps("verified(a) or implemented(a) and agreed(b)")).containsExactly("a");
    assertThat(steps("not reversed(a) and proposed(b)")).containsExactly("b");
    assertThat(steps("not (not agreed(a) or not agreed(b))")).containsExactly("a", "b");
    assertThat(steps("agreed(a) or x > 1")).isEmpty();
  }

  @Test
  void findsBoundsThatExcludeEachOther() {
    Literal high = new Literal("x >= 0.7", true, "", "", "x", ">=", 0.7);
    Literal low = new Literal("x < 0.3", true, "", "", "x", "<", 0.3);
    Literal touching = new Literal("x <= 0.7", true, "", "", "x", "<=", 0.7);
    Literal below = new Literal("x < 0.7", true, "", "", "x", "<", 0.7);
    assertThat(NecessaryLiterals.contradiction(List.of(high, low))).isEqualTo("'x >= 0.7' and 'x < 0.3' cannot both hold");
    assertThat(NecessaryLiterals.contradiction(List.of(high, touching))).isNull();
    assertThat(NecessaryLiterals.contradiction(List.of(high, below))).isNotNull();
  }

  @Test
  void findsAStepRequiredAndExcluded() {
    Literal agreed = new Literal("agreed(a)", true, "a", "agreed", "", "", 0);
    Literal notAgreed = new Literal("agreed(a)", false, "a", "agreed", "", "", 0);
    assertThat(NecessaryLiterals.contradiction(List.of(agreed, notAgreed)))
        .isEqualTo("'agreed(a)' and 'not agreed(a)' cannot both hold");
  }
}
