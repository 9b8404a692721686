package org.tandem.core.sim;

import java.util.List;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.expr.Expr;
import org.tandem.core.scenario.expr.ExprPrinter;

/**
 * Turns a checked expression tree into {@link Node}s bound to array indices. The scenario must have
 * passed the checker: unknown names here are bugs, not user errors.
 */
final class ExpressionCompiler {
  private final Indexes indexes;

  ExpressionCompiler(Indexes indexes) {
    this.indexes = indexes;
  }

  /** The compiled expression, or {@code fallback} when {@code e} is null. */
  Node compile(Expression e, Node fallback) {
    return e == null ? fallback : compile(e.text(), e.root());
  }

  private Node compile(String text, Expr node) {
    if (node instanceof Expr.NumberLit n) {
      return new Nodes.Constant(n.value());
    }
    if (node instanceof Expr.MonthLit m) {
      return new Nodes.Constant(m.index());
    }
    if (node instanceof Expr.BoolLit b) {
      return new Nodes.Truth(b.value());
    }
    if (node instanceof Expr.Name n) {
      return name(n.id());
    }
    if (node instanceof Expr.Not n) {
      return new Nodes.Not(compile(text, n.operand()));
    }
    if (node instanceof Expr.Negate n) {
      return new Nodes.Negate(compile(text, n.operand()));
    }
    if (node instanceof Expr.Binary b) {
      return binary(text, b);
    }
    return call(text, (Expr.Call) node);
  }

  /**
   * Whether {@code e} reads only step stages, issue states, profiles and outcomes: its value can
   * change only when one of those does, so a replication may cache it between such changes.
   * Null (no expression) counts as structural.
   */
  static boolean isStructural(Expression e) {
    return e == null || isStructural(e.root());
  }

  static boolean isStructural(Expr node) {
    if (node instanceof Expr.Name) {
      return false; // a variable or a built-in such as date or warheads
    }
    if (node instanceof Expr.Not n) {
      return isStructural(n.operand());
    }
    if (node instanceof Expr.Negate n) {
      return isStructural(n.operand());
    }
    if (node instanceof Expr.Binary b) {
      return isStructural(b.left()) && isStructural(b.right());
    }
    if (node instanceof Expr.Call c) {
      switch (c.function()) {
        case "reached":
        case "space":
        case "count":
        case "months-since":
          return false;
        case "min":
        case "max":
        case "abs":
        case "clamp":
        case "if":
          for (Expr arg : c.args()) {
            if (!isStructural(arg)) {
              return false;
            }
          }
          return true;
        default:
          return true; // its arguments are ids of steps, actors, issues, tracks, events, outcomes
      }
    }
    return true; // literals
  }

  private Node name(String id) {
    switch (id) {
      case "date":
        return new Nodes.Builtin(Nodes.Builtin.DATE);
      case "month":
        return new Nodes.Builtin(Nodes.Builtin.MONTH);
      case "months-since-progress":
        return new Nodes.Builtin(Nodes.Builtin.SINCE_PROGRESS);
      case "warheads":
        return new Nodes.Builtin(Nodes.Builtin.WARHEADS);
      case "material":
        return new Nodes.Builtin(Nodes.Builtin.MATERIAL);
      default:
        return new Nodes.Variable(Indexes.require(indexes.variables, id, "variable"));
    }
  }

  private Node binary(String text, Expr.Binary b) {
    Node left = compile(text, b.left());
    Node right = compile(text, b.right());
    switch (b.op()) {
      case AND:
        return new Nodes.And(left, right);
      case OR:
        return new Nodes.Or(left, right);
      case ADD:
        return new Nodes.Arithmetic(Nodes.Arithmetic.ADD, left, right);
      case SUB:
        return new Nodes.Arithmetic(Nodes.Arithmetic.SUB, left, right);
      case MUL:
        return new Nodes.Arithmetic(Nodes.Arithmetic.MUL, left, right);
      case DIV:
        return new Nodes.Arithmetic(Nodes.Arithmetic.DIV, left, right);
      default:
        if (right instanceof Nodes.Constant constant && (left instanceof Nodes.Variable || left instanceof Nodes.Builtin)) {
          return new Nodes.Threshold(left instanceof Nodes.Variable v ? v.index : -1,
              left instanceof Nodes.Builtin builtin ? builtin : null, compareOp(b.op()), constant.num(null),
              ExprPrinter.print(b));
        }
        return new Nodes.Compare(compareOp(b.op()), left, right, isCondition(b.left()), ExprPrinter.print(b));
    }
  }

  private static int compareOp(Expr.Op op) {
    switch (op) {
      case LT:
        return Nodes.Compare.LT;
      case LE:
        return Nodes.Compare.LE;
      case GT:
        return Nodes.Compare.GT;
      case GE:
        return Nodes.Compare.GE;
      case EQ:
        return Nodes.Compare.EQ;
      default:
        return Nodes.Compare.NE;
    }
  }

  private Node call(String text, Expr.Call c) {
    List<Expr> a = c.args();
    switch (c.function()) {
      case "proposed":
        return new Nodes.AtLeast(indexes.step(a.get(0)), StepStage.PROPOSED);
      case "agreed":
      case "implementing":
        return new Nodes.AtLeast(indexes.step(a.get(0)), StepStage.IMPLEMENTING);
      case "implemented":
        return new Nodes.AtLeast(indexes.step(a.get(0)), StepStage.IMPLEMENTED);
      case "verified":
        return new Nodes.AtLeast(indexes.step(a.get(0)), StepStage.VERIFIED);
      case "reversed":
        return new Nodes.Reversed(indexes.step(a.get(0)));
      case "reached":
        return new Nodes.Reached(indexes.milestone(a.get(0)));
      case "progress":
        return new Nodes.Progress(indexes.track(a.get(0)));
      case "space":
        return new Nodes.Space(indexes.actor(a.get(0)));
      case "position":
        return new Nodes.PositionOf(indexes.actor(a.get(0)), indexes.issue(a.get(1)));
      case "state":
        return new Nodes.IssueState(indexes.issue(a.get(0)));
      case "profile":
        return new Nodes.InProfile(indexes.actor(a.get(0)),
            indexes.profile(a.get(0), a.get(1)));
      case "outcome":
        return new Nodes.HadOutcome(indexes.event(a.get(0)),
            indexes.outcome(a.get(0), a.get(1)));
      case "count":
        return new Nodes.Count(indexes.event(a.get(0)));
      case "months-since":
        return new Nodes.MonthsSince(indexes.event(a.get(0)));
      case "min":
        return new Nodes.MinMax(false, compile(text, a.get(0)), compile(text, a.get(1)));
      case "max":
        return new Nodes.MinMax(true, compile(text, a.get(0)), compile(text, a.get(1)));
      case "abs":
        return new Nodes.Abs(compile(text, a.get(0)));
      case "clamp":
        return new Nodes.Clamp(compile(text, a.get(0)), compile(text, a.get(1)), compile(text, a.get(2)));
      case "if":
        return new Nodes.If(compile(text, a.get(0)), compile(text, a.get(1)), compile(text, a.get(2)));
      default:
        throw new IllegalArgumentException("unknown function " + c.function());
    }
  }


  static boolean isCondition(Expr e) {
    if (e instanceof Expr.BoolLit || e instanceof Expr.Not) {
      return true;
    }
    if (e instanceof Expr.Binary b) {
      return b.op().isLogical() || b.op().isComparison();
    }
    if (e instanceof Expr.Call c) {
      switch (c.function()) {
        case "proposed":
        case "agreed":
        case "implementing":
        case "implemented":
        case "verified":
        case "reversed":
        case "reached":
        case "profile":
        case "outcome":
          return true;
        case "if":
          return isCondition(c.args().get(1));
        default:
          return false;
      }
    }
    return false;
  }
}
