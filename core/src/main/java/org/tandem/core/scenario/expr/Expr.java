package org.tandem.core.scenario.expr;

import java.util.List;
import java.util.function.Consumer;

/**
 * A node of a parsed expression. {@link #at()} is the 0-based offset of the node's first token in
 * the expression text.
 */
public sealed interface Expr {
  int at();

  /** Visits this node and every node below it, parents first. */
  default void walk(Consumer<Expr> visitor) {
    visitor.accept(this);
    if (this instanceof Call call) {
      call.args().forEach(a -> a.walk(visitor));
    } else if (this instanceof Not not) {
      not.operand().walk(visitor);
    } else if (this instanceof Negate negate) {
      negate.operand().walk(visitor);
    } else if (this instanceof Binary binary) {
      binary.left().walk(visitor);
      binary.right().walk(visitor);
    }
  }

  /** A number literal. */
  record NumberLit(double value, int at) implements Expr {}

  /** {@code true} or {@code false}. */
  record BoolLit(boolean value, int at) implements Expr {}

  /** A month literal such as {@code 2014-06}; {@link #index()} is {@code year * 12 + month - 1}. */
  record MonthLit(int year, int month, int at) implements Expr {
    public MonthLit {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month " + month);
      }
    }

    public int index() {
      return year * 12 + month - 1;
    }
  }

  /** A bare name: an environment variable or a built-in variable such as {@code date}. */
  record Name(String id, int at) implements Expr {}

  /** A function call, e.g. {@code verified(yongbyon-freeze)}. */
  record Call(String function, List<Expr> args, int at) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** {@code not operand}. */
  record Not(Expr operand, int at) implements Expr {}

  /** {@code -operand}. */
  record Negate(Expr operand, int at) implements Expr {}

  /** A binary operation; {@code at} is the operator's offset. */
  record Binary(Op op, Expr left, Expr right, int at) implements Expr {}

  /** Binary operators, with the text that writes them. */
  enum Op {
    OR("or"), AND("and"),
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!="),
    ADD("+"), SUB("-"), MUL("*"), DIV("/");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    public boolean isComparison() {
      return ordinal() >= LT.ordinal() && ordinal() <= NE.ordinal();
    }

    public boolean isArithmetic() {
      return ordinal() >= ADD.ordinal();
    }

    public boolean isLogical() {
      return this == OR || this == AND;
    }
  }
}
