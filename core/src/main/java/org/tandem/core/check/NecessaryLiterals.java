package org.tandem.core.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tandem.core.scenario.expr.Expr;
import org.tandem.core.scenario.expr.Expr.Binary;
import org.tandem.core.scenario.expr.Expr.Call;
import org.tandem.core.scenario.expr.Expr.Name;
import org.tandem.core.scenario.expr.Expr.Not;
import org.tandem.core.scenario.expr.Expr.NumberLit;

/**
 * The literals a condition cannot hold without: those of every conjunct, and those shared by
 * every alternative of a disjunction. Used to find requirement cycles and contradictions.
 */
final class NecessaryLiterals {
  private NecessaryLiterals() {}

  static Set<Literal> of(Expr condition) {
    return collect(condition, true);
  }

  /**
   * The steps a condition cannot hold without having been taken (proposed at least), whatever state
   * of theirs it asks for: {@code verified(x) or implemented(x)} needs {@code x} although neither
   * literal is necessary on its own. Used to find requirement cycles.
   */
  static Set<String> requiredSteps(Expr condition) {
    return steps(condition, true);
  }

  private static Set<String> steps(Expr e, boolean positive) {
    if (e instanceof Not not) {
      return steps(not.operand(), !positive);
    }
    if (e instanceof Binary b && b.op().isLogical()) {
      Set<String> left = steps(b.left(), positive);
      Set<String> right = steps(b.right(), positive);
      if ((b.op() == Expr.Op.AND) == positive) {
        left.addAll(right);
      } else {
        left.retainAll(right);
      }
      return left;
    }
    Set<String> out = new LinkedHashSet<>();
    if (positive && e instanceof Call c && Functions.STEP_STATES.contains(c.function())) {
      out.add(((Name) c.args().get(0)).id());
    }
    return out;
  }

  private static Set<Literal> collect(Expr e, boolean positive) {
    if (e instanceof Not not) {
      return collect(not.operand(), !positive);
    }
    if (e instanceof Binary b && b.op().isLogical()) {
      Set<Literal> left = collect(b.left(), positive);
      Set<Literal> right = collect(b.right(), positive);
      boolean conjunction = (b.op() == Expr.Op.AND) == positive;
      if (conjunction) {
        left.addAll(right);
        return left;
      }
      left.retainAll(right);
      return left;
    }
    Set<Literal> out = new LinkedHashSet<>();
    if (e instanceof Call c && Functions.STEP_STATES.contains(c.function())) {
      String step = ((Name) c.args().get(0)).id();
      out.add(new Literal(c.function() + "(" + step + ")", positive, step, c.function(), "", "", 0));
    } else if (e instanceof Binary b && b.op().isComparison() && b.op() != Expr.Op.EQ && b.op() != Expr.Op.NE) {
      Literal bound = bound(b, positive);
      if (bound != null) {
        out.add(bound);
      }
    }
    return out;
  }

  /** {@code name OP number} (or mirrored), as a bound on the name, negated when needed. */
  private static Literal bound(Binary b, boolean positive) {
    String variable;
    double value;
    Expr.Op op = b.op();
    if (b.left() instanceof Name n && b.right() instanceof NumberLit v) {
      variable = n.id();
      value = v.value();
    } else if (b.right() instanceof Name n && b.left() instanceof NumberLit v) {
      variable = n.id();
      value = v.value();
      op = mirror(op);
    } else {
      return null;
    }
    if (!positive) {
      op = negate(op);
    }
    String key = variable + " " + op.symbol() + " " + value;
    return new Literal(key, true, "", "", variable, op.symbol(), value);
  }

  private static Expr.Op mirror(Expr.Op op) {
    switch (op) {
      case LT:
        return Expr.Op.GT;
      case LE:
        return Expr.Op.GE;
      case GT:
        return Expr.Op.LT;
      default:
        return Expr.Op.LE;
    }
  }

  private static Expr.Op negate(Expr.Op op) {
    switch (op) {
      case LT:
        return Expr.Op.GE;
      case LE:
        return Expr.Op.GT;
      case GT:
        return Expr.Op.LE;
      default:
        return Expr.Op.LT;
    }
  }

  /** Describes a contradiction among {@code literals}, or returns null when there is none. */
  static String contradiction(List<Literal> literals) {
    for (int i = 0; i < literals.size(); i++) {
      Literal a = literals.get(i);
      for (int j = i + 1; j < literals.size(); j++) {
        Literal b = literals.get(j);
        if (!a.step().isEmpty() && a.key().equals(b.key()) && a.positive() != b.positive()) {
          return "'" + a.text() + "' and '" + b.text() + "' cannot both hold";
        }
        if (!a.variable().isEmpty() && a.variable().equals(b.variable()) && disjoint(a, b)) {
          return "'" + a.key() + "' and '" + b.key() + "' cannot both hold";
        }
      }
    }
    return null;
  }

  private static boolean disjoint(Literal a, Literal b) {
    List<double[]> ranges = new ArrayList<>();
    for (Literal l : List.of(a, b)) {
      double lo = Double.NEGATIVE_INFINITY;
      double hi = Double.POSITIVE_INFINITY;
      boolean open = l.op().equals("<") || l.op().equals(">");
      if (l.op().startsWith("<")) {
        hi = l.value();
      } else {
        lo = l.value();
      }
      ranges.add(new double[] {lo, hi, open ? 1 : 0});
    }
    double lo = Math.max(ranges.get(0)[0], ranges.get(1)[0]);
    double hi = Math.min(ranges.get(0)[1], ranges.get(1)[1]);
    boolean anyOpen = ranges.get(0)[2] > 0 || ranges.get(1)[2] > 0;
    return lo > hi || (lo == hi && anyOpen);
  }
}
