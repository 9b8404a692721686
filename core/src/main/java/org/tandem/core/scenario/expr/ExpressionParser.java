package org.tandem.core.scenario.expr;

import java.util.ArrayList;
import java.util.List;
import org.tandem.core.scenario.expr.Expr.Binary;
import org.tandem.core.scenario.expr.Expr.BoolLit;
import org.tandem.core.scenario.expr.Expr.Call;
import org.tandem.core.scenario.expr.Expr.MonthLit;
import org.tandem.core.scenario.expr.Expr.Name;
import org.tandem.core.scenario.expr.Expr.Negate;
import org.tandem.core.scenario.expr.Expr.Not;
import org.tandem.core.scenario.expr.Expr.NumberLit;
import org.tandem.core.scenario.expr.Expr.Op;

/**
 * Recursive-descent parser of the expression language. Precedence, loosest first: {@code or},
 * {@code and}, {@code not}, comparisons (non-associative), {@code + -}, {@code * /}, unary minus.
 * Identifiers may contain single hyphens between letters or digits ({@code us-space}), so a
 * subtraction between two names needs spaces ({@code a - b}). Four digits, a hyphen and a digit
 * must be a month ({@code 2014-06}): {@code 2014-6} is an error rather than the number 2008.
 * Nesting deeper than 64 levels and more than 1,000 binary operators are rejected.
 */
public final class ExpressionParser {
  private static final int MAX_DEPTH = 64;
  /**
   * Binary operators in one expression. A chain such as {@code 1 + 1 + ...} builds a tree as deep as
   * it is long, and every later pass over the tree recurses through it.
   */
  private static final int MAX_OPERATORS = 1_000;

  private final String text;
  private int pos;
  private int depth;
  private int operators;

  private ExpressionParser(String text) {
    this.text = text;
  }

  /** Parses {@code text}; the whole text must be one expression. */
  public static Expr parse(String text) throws ExpressionSyntaxException {
    ExpressionParser parser = new ExpressionParser(text);
    parser.skipSpace();
    if (parser.pos >= text.length()) {
      throw new ExpressionSyntaxException("empty expression", 0);
    }
    Expr expr = parser.or();
    parser.skipSpace();
    if (parser.pos < text.length()) {
      throw new ExpressionSyntaxException(
          "unexpected '" + parser.tokenText() + "' after a complete expression", parser.pos);
    }
    return expr;
  }

  private Expr or() throws ExpressionSyntaxException {
    Expr left = and();
    while (true) {
      int at = peekWord("or");
      if (at < 0) {
        return left;
      }
      counted(at);
      left = new Binary(Op.OR, left, and(), at);
    }
  }

  private Expr and() throws ExpressionSyntaxException {
    Expr left = not();
    while (true) {
      int at = peekWord("and");
      if (at < 0) {
        return left;
      }
      counted(at);
      left = new Binary(Op.AND, left, not(), at);
    }
  }

  private Expr not() throws ExpressionSyntaxException {
    int at = peekWord("not");
    if (at >= 0) {
      enter(at);
      Expr operand = not();
      depth--;
      return new Not(operand, at);
    }
    return comparison();
  }

  private Expr comparison() throws ExpressionSyntaxException {
    Expr left = additive();
    skipSpace();
    Op op = comparisonOp();
    if (op == null) {
      return left;
    }
    int at = pos;
    counted(at);
    pos += op.symbol().length();
    Expr right = additive();
    skipSpace();
    if (comparisonOp() != null) {
      throw new ExpressionSyntaxException(
          "comparisons cannot be chained; combine them with 'and'", pos);
    }
    return new Binary(op, left, right, at);
  }

  private Op comparisonOp() {
    if (startsWith("<=")) {
      return Op.LE;
    }
    if (startsWith(">=")) {
      return Op.GE;
    }
    if (startsWith("==")) {
      return Op.EQ;
    }
    if (startsWith("!=")) {
      return Op.NE;
    }
    if (startsWith("<")) {
      return Op.LT;
    }
    if (startsWith(">")) {
      return Op.GT;
    }
    return null;
  }

  private Expr additive() throws ExpressionSyntaxException {
    Expr left = multiplicative();
    while (true) {
      skipSpace();
      Op op = startsWith("+") ? Op.ADD : startsWith("-") ? Op.SUB : null;
      if (op == null) {
        return left;
      }
      int at = pos++;
      counted(at);
      left = new Binary(op, left, multiplicative(), at);
    }
  }

  private Expr multiplicative() throws ExpressionSyntaxException {
    Expr left = unary();
    while (true) {
      skipSpace();
      Op op = startsWith("*") ? Op.MUL : startsWith("/") ? Op.DIV : null;
      if (op == null) {
        return left;
      }
      int at = pos++;
      counted(at);
      left = new Binary(op, left, unary(), at);
    }
  }

  private Expr unary() throws ExpressionSyntaxException {
    skipSpace();
    if (startsWith("-")) {
      int at = pos++;
      enter(at);
      Expr operand = unary();
      depth--;
      return new Negate(operand, at);
    }
    return primary();
  }

  private Expr primary() throws ExpressionSyntaxException {
    skipSpace();
    if (pos >= text.length()) {
      throw new ExpressionSyntaxException("the expression ends too early: a value is missing", pos);
    }
    char c = text.charAt(pos);
    int at = pos;
    if (c == '(') {
      pos++;
      enter(at);
      Expr inner = or();
      depth--;
      skipSpace();
      expect(')', "a closing ')' for the '(' at column offset " + at);
      return inner;
    }
    if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
      return numberOrMonth();
    }
    if (isIdentStart(c)) {
      String word = identifier();
      switch (word) {
        case "true":
          return new BoolLit(true, at);
        case "false":
          return new BoolLit(false, at);
        case "and":
        case "or":
        case "not":
          throw new ExpressionSyntaxException("expected a value but found '" + word + "'", at);
        default:
          break;
      }
      skipSpace();
      if (startsWith("(")) {
        pos++;
        enter(at);
        List<Expr> args = new ArrayList<>();
        skipSpace();
        if (!startsWith(")")) {
          args.add(or());
          skipSpace();
          while (startsWith(",")) {
            pos++;
            args.add(or());
            skipSpace();
          }
        }
        depth--;
        expect(')', "',' or ')' in the arguments of " + word + "(...)");
        return new Call(word, args, at);
      }
      return new Name(word, at);
    }
    throw new ExpressionSyntaxException("expected a value but found '" + tokenText() + "'", at);
  }

  private Expr numberOrMonth() throws ExpressionSyntaxException {
    int start = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos - start == 4 && charAt(pos) == '-' && isDigit(charAt(pos + 1))
        && isDigit(charAt(pos + 2)) && !isIdentPart(charAt(pos + 3))) {
      int year = Integer.parseInt(text.substring(start, pos));
      int month = Integer.parseInt(text.substring(pos + 1, pos + 3));
      if (month < 1 || month > 12) {
        throw new ExpressionSyntaxException("month " + month + " is not between 01 and 12", pos + 1);
      }
      pos += 3;
      return new MonthLit(year, month, start);
    }
    if (pos - start == 4 && charAt(pos) == '-' && isDigit(charAt(pos + 1))) {
      throw new ExpressionSyntaxException("write a month as YYYY-MM (e.g. " + text.substring(start, pos)
          + "-06), or a subtraction with spaces (a - b)", start);
    }
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      int mark = pos;
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      if (pos >= text.length() || !isDigit(text.charAt(pos))) {
        throw new ExpressionSyntaxException("malformed exponent in a number", mark);
      }
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length() && isIdentStart(text.charAt(pos))) {
      throw new ExpressionSyntaxException(
          "a number cannot be followed by a letter: '" + text.substring(start, pos + 1) + "'", pos);
    }
    double value = Double.parseDouble(text.substring(start, pos));
    if (!Double.isFinite(value)) {
      throw new ExpressionSyntaxException("number out of range", start);
    }
    return new NumberLit(value, start);
  }

  private String identifier() {
    int start = pos;
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (isIdentPart(c)) {
        pos++;
      } else if (c == '-' && pos + 1 < text.length() && isIdentPart(text.charAt(pos + 1))) {
        pos += 2;
      } else {
        break;
      }
    }
    return text.substring(start, pos);
  }

  /** The offset of the keyword {@code word} if it comes next (and consumes it), else -1. */
  private int peekWord(String word) {
    skipSpace();
    if (text.startsWith(word, pos)) {
      int end = pos + word.length();
      if (end >= text.length() || !(isIdentPart(text.charAt(end)) || text.charAt(end) == '-')) {
        int at = pos;
        pos = end;
        return at;
      }
    }
    return -1;
  }

  private void expect(char c, String what) throws ExpressionSyntaxException {
    skipSpace();
    if (pos >= text.length()) {
      throw new ExpressionSyntaxException("the expression ends too early: expected " + what, pos);
    }
    if (text.charAt(pos) != c) {
      throw new ExpressionSyntaxException("expected " + what + " but found '" + tokenText() + "'", pos);
    }
    pos++;
  }

  private void counted(int at) throws ExpressionSyntaxException {
    if (++operators > MAX_OPERATORS) {
      throw new ExpressionSyntaxException("expression too long (more than " + MAX_OPERATORS + " operators)", at);
    }
  }

  private void enter(int at) throws ExpressionSyntaxException {
    if (++depth > MAX_DEPTH) {
      throw new ExpressionSyntaxException("expression nested too deeply (more than " + MAX_DEPTH + " levels)", at);
    }
  }

  private String tokenText() {
    if (pos >= text.length()) {
      return "end of text";
    }
    int end = pos + 1;
    if (isIdentPart(text.charAt(pos))) {
      while (end < text.length() && (isIdentPart(text.charAt(end)) || text.charAt(end) == '-')) {
        end++;
      }
    }
    return text.substring(pos, end);
  }

  private boolean startsWith(String s) {
    return text.startsWith(s, pos);
  }

  private char charAt(int i) {
    return i < text.length() ? text.charAt(i) : ' ';
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return isIdentStart(c) || isDigit(c);
  }
}
