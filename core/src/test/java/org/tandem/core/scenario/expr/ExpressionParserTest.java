package org.tandem.core.scenario.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.core.scenario.expr.Expr.Binary;
import org.tandem.core.scenario.expr.Expr.BoolLit;
import org.tandem.core.scenario.expr.Expr.Call;
import org.tandem.core.scenario.expr.Expr.MonthLit;
import org.tandem.core.scenario.expr.Expr.Name;
import org.tandem.core.scenario.expr.Expr.Negate;
import org.tandem.core.scenario.expr.Expr.Not;
import org.tandem.core.scenario.expr.Expr.NumberLit;
import org.tandem.core.scenario.expr.Expr.Op;

class ExpressionParserTest {

  /** The tree in a fully parenthesised prefix form, offsets left out. */
  private static String shape(Expr e) {
    if (e instanceof NumberLit n) {
      return n.value() == Math.rint(n.value()) ? Long.toString((long) n.value()) : Double.toString(n.value());
    }
    if (e instanceof BoolLit b) {
      return Boolean.toString(b.value());
    }
    if (e instanceof MonthLit m) {
      return "month " + m.year() + "-" + m.month();
    }
    if (e instanceof Name n) {
      return n.id();
    }
    if (e instanceof Not n) {
      return "(not " + shape(n.operand()) + ")";
    }
    if (e instanceof Negate n) {
      return "(neg " + shape(n.operand()) + ")";
    }
    if (e instanceof Binary b) {
      return "(" + b.op().symbol() + " " + shape(b.left()) + " " + shape(b.right()) + ")";
    }
    Call c = (Call) e;
    return c.function() + c.args().stream().map(ExpressionParserTest::shape).toList();
  }

  private static String parse(String text) throws ExpressionSyntaxException {
    return shape(ExpressionParser.parse(text));
  }

  private static ExpressionSyntaxException error(String text) {
    try {
      ExpressionParser.parse(text);
    } catch (ExpressionSyntaxException e) {
      return e;
    }
    throw new AssertionError("expected a syntax error in: " + text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a or b and c           | (or a (and b c))",
      "a and b or c           | (or (and a b) c)",
      "not a and b            | (and (not a) b)",
      "not not a              | (not (not a))",
      "1 + 2 * 3              | (+ 1 (* 2 3))",
      "(1 + 2) * 3            | (* (+ 1 2) 3)",
      "1 - 2 - 3              | (- (- 1 2) 3)",
      "8 / 4 / 2              | (/ (/ 8 4) 2)",
      "-2 * 3                 | (* (neg 2) 3)",
      "- - x                  | (neg (neg x))",
      "a + 1 >= b * 2         | (>= (+ a 1) (* b 2))",
      "x < 1 or y > 2 and z   | (or (< x 1) (and (> y 2) z))",
      "not x == y             | (not (== x y))",
      "a != b                 | (!= a b)",
      "1.5e2 <= .5            | (<= 150 0.5)",
  })
  void parsesWithTheUsualPrecedence(String text, String tree) throws ExpressionSyntaxException {
    assertThat(parse(text)).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "us-space                 | us-space",
      "us-space - rok-space     | (- us-space rok-space)",
      "a-b                      | a-b",
      "a - b                    | (- a b)",
      "a -b                     | (- a b)",
      "a- b                     | (- a b)",
      "x-1                      | x-1",
      "months-since(nuclear-test) | months-since[nuclear-test]",
      "months-since-progress >= 12 | (>= months-since-progress 12)",
      "position(us-exec, peace-regime) | position[us-exec, peace-regime]",
      "or-else and android      | (and or-else android)",
      "notable                  | notable",
  })
  void readsHyphensInsideAWordAsPartOfAnIdAndSpacedHyphensAsSubtraction(String text, String tree)
      throws ExpressionSyntaxException {
    assertThat(parse(text)).isEqualTo(tree);
  }

  @Test
  void readsMonthLiteralsAndComparesThemWithDate() throws ExpressionSyntaxException {
    assertThat(parse("date >= 2014-06")).isEqualTo("(>= date month 2014-6)");
    Binary b = (Binary) ExpressionParser.parse("date < 2013-12");
    assertThat(((MonthLit) b.right()).index()).isEqualTo(2013 * 12 + 11);
    assertThat(parse("2014 - 06")).isEqualTo("(- 2014 6)");
  }

  @Test
  void rejectsAMonthOutsideOneToTwelveAtTheMonthDigits() {
    ExpressionSyntaxException e = error("date >= 2014-13");
    assertThat(e.getMessage()).isEqualTo("month 13 is not between 01 and 12");
    assertThat(e.at()).isEqualTo(13);
  }

  @Test
  void rejectsAYearWithAOneDigitMonthInsteadOfSubtracting() {
    ExpressionSyntaxException e = error("date >= 2014-6");
    assertThat(e.getMessage()).isEqualTo("write a month as YYYY-MM (e.g. 2014-06), or a subtraction with spaces (a - b)");
    assertThat(e.at()).isEqualTo(8);
  }

  @Test
  void rejectsChainedComparisonsAtTheSecondOperator() {
    ExpressionSyntaxException e = error("0 < tension < 1");
    assertThat(e.getMessage()).isEqualTo("comparisons cannot be chained; combine them with 'and'");
    assertThat(e.at()).isEqualTo(12);
  }

  @Test
  void acceptsSixtyFourLevelsOfNestingAndRejectsTheSixtyFifth() throws ExpressionSyntaxException {
    assertThat(parse("(".repeat(64) + "x" + ")".repeat(64))).isEqualTo("x");
    ExpressionSyntaxException e = error("(".repeat(65) + "x" + ")".repeat(65));
    assertThat(e.getMessage()).isEqualTo("expression nested too deeply (more than 64 levels)");
    assertThat(e.at()).isEqualTo(64);
    assertThat(error("not ".repeat(65) + "x").at()).isEqualTo(4 * 64);
    assertThat(error("-".repeat(65) + "1").at()).isEqualTo(64);
  }

  @Test
  void rejectsAnExpressionWithMoreThanAThousandOperatorsAtTheFirstOneTooMany() throws ExpressionSyntaxException {
    assertThat(parse(String.join(" + ", java.util.Collections.nCopies(1_001, "1")))).startsWith("(+ (+ ");
    ExpressionSyntaxException e = error(String.join(" + ", java.util.Collections.nCopies(1_002, "1")));
    assertThat(e.getMessage()).isEqualTo("expression too long (more than 1000 operators)");
    assertThat(e.at()).isEqualTo(1_000 * 4 + 2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "''                       | empty expression                                                     | 0",
      "'   '                    | empty expression                                                     | 0",
      "1 +                      | the expression ends too early: a value is missing                    | 3",
      "a b                      | unexpected 'b' after a complete expression                           | 2",
      "verified(x               | the expression ends too early: expected ',' or ')' in the arguments of verified(...) | 10",
      "min(1 2)                 | expected ',' or ')' in the arguments of min(...) but found '2'      | 6",
      "(a                       | the expression ends too early: expected a closing ')' for the '(' at column offset 0 | 2",
      "3x                       | 'a number cannot be followed by a letter: ''3x'''                    | 1",
      "1e+                      | malformed exponent in a number                                       | 1",
      "a and and b              | expected a value but found 'and'                                     | 6",
      "x > = 1                  | expected a value but found '='                                       | 4",
      "x = 1                    | unexpected '=' after a complete expression                           | 2",
      "a & b                    | unexpected '&' after a complete expression                           | 2",
      "1e999                    | number out of range                                                  | 0",
  })
  void reportsSyntaxErrorsAtTheOffsetOfTheOffendingToken(String text, String message, int at) {
    ExpressionSyntaxException e = error(text);
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.at()).isEqualTo(at);
  }

  @Test
  void recordsTheOffsetOfEveryNode() throws ExpressionSyntaxException {
    Binary and = (Binary) ExpressionParser.parse("  agreed(x) and tension >= 0.5");
    assertThat(and.op()).isEqualTo(Op.AND);
    assertThat(and.at()).isEqualTo(12);
    assertThat(and.left().at()).isEqualTo(2);
    Binary ge = (Binary) and.right();
    assertThat(List.of(ge.at(), ge.left().at(), ge.right().at())).containsExactly(24, 16, 27);
    assertThat(((Call) and.left()).args().get(0).at()).isEqualTo(9);
  }

  @Test
  void walksEveryNodeParentsFirst() throws ExpressionSyntaxException {
    List<String> seen = new java.util.ArrayList<>();
    ExpressionParser.parse("not f(a, -b) or c").walk(n -> seen.add(n.getClass().getSimpleName()));
    assertThat(seen).containsExactly("Binary", "Not", "Call", "Name", "Negate", "Name", "Name");
  }

  @Test
  void rejectsKeywordsWhereAValueBelongs() {
    assertThatThrownBy(() -> ExpressionParser.parse("or"))
        .isInstanceOf(ExpressionSyntaxException.class).hasMessage("expected a value but found 'or'");
  }
}
