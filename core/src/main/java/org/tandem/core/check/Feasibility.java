package org.tandem.core.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.tandem.core.scenario.Actor;
import org.tandem.core.scenario.ConditionalProbabilities;
import org.tandem.core.scenario.EnvironmentVariable;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Outcome;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.core.scenario.expr.Expr;
import org.tandem.core.scenario.expr.Expr.Binary;
import org.tandem.core.scenario.expr.Expr.BoolLit;
import org.tandem.core.scenario.expr.Expr.Call;
import org.tandem.core.scenario.expr.Expr.MonthLit;
import org.tandem.core.scenario.expr.Expr.Name;
import org.tandem.core.scenario.expr.Expr.Negate;
import org.tandem.core.scenario.expr.Expr.Not;
import org.tandem.core.scenario.expr.Expr.NumberLit;

/**
 * Decides, without simulating, whether a condition can ever hold, given which steps can ever be
 * taken: step predicates of steps that can never be taken are false, comparisons are judged by the
 * range of values each side can take, everything else is unknown. Expressions must have passed
 * {@link ExpressionTypes}. When a condition is found impossible, {@link #reason()} says why.
 */
final class Feasibility {
  private final Scenario scenario;
  private final Set<String> possible;
  private final Map<String, Interval> ranges = new HashMap<>();
  private final Set<String> reversible = new HashSet<>();
  private final Set<String> evaluatingMilestones = new HashSet<>();
  private String reason = "";

  Feasibility(Scenario scenario, Set<String> possible) {
    this.scenario = scenario;
    this.possible = possible;
    for (EnvironmentVariable v : scenario.environment()) {
      ranges.put(v.id(), new Interval(v.min(), v.max()));
    }
    int start = scenario.start().getYear() * 12 + scenario.start().getMonthValue() - 1;
    ranges.put("date", new Interval(start, start + scenario.months() - 1));
    ranges.put("month", new Interval(0, scenario.months() - 1));
    ranges.put("months-since-progress", new Interval(0, Double.POSITIVE_INFINITY));
    ranges.put("warheads", Interval.NON_NEGATIVE);
    ranges.put("material", Interval.NON_NEGATIVE);
    Map<String, Boolean> direct = new HashMap<>();
    for (Step s : scenario.steps()) {
      direct.put(s.id(), s.reversal() != null || !s.snapback().isEmpty()
          || (s.verification() != null && s.verification().violation() > 0));
    }
    for (Step s : scenario.steps()) {
      boolean any = direct.get(s.id());
      if (!s.reciprocal().isEmpty()) {
        for (Step other : scenario.steps()) {
          any |= s.reciprocal().equals(other.reciprocal()) && direct.get(other.id());
        }
      }
      if (any) {
        reversible.add(s.id());
      }
    }
  }

  /** Why the last condition judged FALSE cannot hold. */
  String reason() {
    return reason;
  }

  Tri condition(Expr node) {
    if (node instanceof BoolLit b) {
      if (!b.value()) {
        reason = "it is 'false'";
      }
      return Tri.of(b.value());
    }
    if (node instanceof Not not) {
      Tri inner = condition(not.operand());
      if (inner == Tri.TRUE) {
        reason = "it negates a condition that always holds";
      }
      return inner.not();
    }
    if (node instanceof Binary b) {
      if (b.op() == Expr.Op.AND) {
        Tri left = condition(b.left());
        if (left == Tri.FALSE) {
          return left;
        }
        return left.and(condition(b.right()));
      }
      if (b.op() == Expr.Op.OR) {
        Tri left = condition(b.left());
        if (left == Tri.TRUE) {
          return left;
        }
        String leftReason = reason;
        Tri right = condition(b.right());
        if (left == Tri.FALSE && right == Tri.FALSE) {
          reason = leftReason + ", and " + reason;
        }
        return left.or(right);
      }
      return comparison(b);
    }
    if (node instanceof Call call) {
      return call(call);
    }
    return Tri.UNKNOWN;
  }

  private Tri call(Call call) {
    String f = call.function();
    if (Functions.STEP_STATES.contains(f)) {
      String step = ((Name) call.args().get(0)).id();
      if (!possible.contains(step)) {
        reason = f + "(" + step + ") can never hold: step '" + step + "' can never be taken";
        return Tri.FALSE;
      }
      Step s = scenario.step(step).orElseThrow();
      if ("verified".equals(f) && s.verification() == null) {
        reason = "verified(" + step + ") can never hold: step '" + step + "' has no verification";
        return Tri.FALSE;
      }
      if ("reversed".equals(f) && !reversible.contains(step)) {
        reason = "reversed(" + step + ") can never hold: nothing can reverse step '" + step + "'";
        return Tri.FALSE;
      }
      return Tri.UNKNOWN;
    }
    if ("reached".equals(f)) {
      String id = ((Name) call.args().get(0)).id();
      Milestone m = scenario.milestone(id).orElseThrow();
      if (!evaluatingMilestones.add(id)) {
        return Tri.UNKNOWN;
      }
      Tri t = condition(m.when().root());
      evaluatingMilestones.remove(id);
      if (t == Tri.FALSE) {
        reason = "milestone '" + id + "' can never be reached (" + reason + ")";
        return Tri.FALSE;
      }
      return Tri.UNKNOWN;
    }
    if ("outcome".equals(f)) {
      String event = ((Name) call.args().get(0)).id();
      String outcome = ((Name) call.args().get(1)).id();
      Event.Scheduled s = (Event.Scheduled) scenario.event(event).orElseThrow();
      if (!outcomePossible(s, outcome)) {
        reason = "outcome(" + event + ", " + outcome + ") can never hold: its probability is 0";
        return Tri.FALSE;
      }
      return Tri.UNKNOWN;
    }
    if ("if".equals(f)) {
      Tri c = condition(call.args().get(0));
      if (c == Tri.TRUE) {
        return condition(call.args().get(1));
      }
      if (c == Tri.FALSE) {
        return condition(call.args().get(2));
      }
      Tri a = condition(call.args().get(1));
      Tri b = condition(call.args().get(2));
      return a == b ? a : Tri.UNKNOWN;
    }
    return Tri.UNKNOWN;
  }

  private static boolean outcomePossible(Event.Scheduled s, String outcome) {
    Outcome o = s.outcome(outcome);
    if (o != null && o.probability() > 0) {
      return true;
    }
    for (ConditionalProbabilities c : s.conditional()) {
      if (c.probabilities().getOrDefault(outcome, 0.0) > 0) {
        return true;
      }
    }
    return false;
  }

  private Tri comparison(Binary b) {
    if (b.op() == Expr.Op.EQ || b.op() == Expr.Op.NE) {
      if (isBoolean(b.left())) {
        Tri l = condition(b.left());
        Tri r = condition(b.right());
        if (l == Tri.UNKNOWN || r == Tri.UNKNOWN) {
          return Tri.UNKNOWN;
        }
        boolean equal = l == r;
        Tri t = Tri.of(b.op() == Expr.Op.EQ ? equal : !equal);
        if (t == Tri.FALSE) {
          reason = "the comparison can never hold";
        }
        return t;
      }
    }
    Interval l = range(b.left());
    Interval r = range(b.right());
    Tri t;
    switch (b.op()) {
      case LT:
        t = l.hi() < r.lo() ? Tri.TRUE : l.lo() >= r.hi() ? Tri.FALSE : Tri.UNKNOWN;
        break;
      case LE:
        t = l.hi() <= r.lo() ? Tri.TRUE : l.lo() > r.hi() ? Tri.FALSE : Tri.UNKNOWN;
        break;
      case GT:
        t = l.lo() > r.hi() ? Tri.TRUE : l.hi() <= r.lo() ? Tri.FALSE : Tri.UNKNOWN;
        break;
      case GE:
        t = l.lo() >= r.hi() ? Tri.TRUE : l.hi() < r.lo() ? Tri.FALSE : Tri.UNKNOWN;
        break;
      case EQ:
        t = l.hi() < r.lo() || r.hi() < l.lo() ? Tri.FALSE
            : l.lo() == l.hi() && r.lo() == r.hi() && l.lo() == r.lo() ? Tri.TRUE : Tri.UNKNOWN;
        break;
      case NE:
        t = l.hi() < r.lo() || r.hi() < l.lo() ? Tri.TRUE
            : l.lo() == l.hi() && r.lo() == r.hi() && l.lo() == r.lo() ? Tri.FALSE : Tri.UNKNOWN;
        break;
      default:
        throw new IllegalStateException(b.op().name());
    }
    if (t == Tri.FALSE) {
      reason = "a comparison '" + b.op().symbol() + "' can never hold: its left side lies in " + l
          + " and its right side in " + r;
    }
    return t;
  }

  private boolean isBoolean(Expr e) {
    if (e instanceof BoolLit || e instanceof Not) {
      return true;
    }
    if (e instanceof Binary b) {
      return b.op().isLogical() || b.op().isComparison();
    }
    if (e instanceof Call c) {
      Functions.Signature s = Functions.SIGNATURES.get(c.function());
      if (s.result() == Functions.Arg.ANY) {
        return isBoolean(c.args().get(1));
      }
      return s.result() == Functions.Arg.BOOLEAN;
    }
    return false;
  }

  Interval range(Expr node) {
    if (node instanceof NumberLit n) {
      return Interval.point(n.value());
    }
    if (node instanceof MonthLit m) {
      return Interval.point(m.index());
    }
    if (node instanceof Name n) {
      return ranges.getOrDefault(n.id(), Interval.ANY);
    }
    if (node instanceof Negate n) {
      return range(n.operand()).negate();
    }
    if (node instanceof Binary b) {
      Interval l = range(b.left());
      Interval r = range(b.right());
      switch (b.op()) {
        case ADD:
          return l.plus(r);
        case SUB:
          return l.minus(r);
        case MUL:
          return l.times(r);
        case DIV:
          return l.dividedBy(r);
        default:
          return Interval.ANY;
      }
    }
    if (node instanceof Call c) {
      return callRange(c);
    }
    return Interval.ANY;
  }

  private Interval callRange(Call c) {
    switch (c.function()) {
      case "progress":
        return new Interval(0, 1);
      case "position":
      case "state":
        return new Interval(0, 100);
      case "space": {
        Actor actor = scenario.actor(((Name) c.args().get(0)).id()).orElseThrow();
        return actor.space().isEmpty() ? Interval.point(1) : ranges.getOrDefault(actor.space(), Interval.ANY);
      }
      case "count":
      case "months-since":
        return Interval.NON_NEGATIVE;
      case "min": {
        Interval a = range(c.args().get(0));
        Interval b = range(c.args().get(1));
        return new Interval(Math.min(a.lo(), b.lo()), Math.min(a.hi(), b.hi()));
      }
      case "max": {
        Interval a = range(c.args().get(0));
        Interval b = range(c.args().get(1));
        return new Interval(Math.max(a.lo(), b.lo()), Math.max(a.hi(), b.hi()));
      }
      case "abs": {
        Interval a = range(c.args().get(0));
        if (a.lo() >= 0) {
          return a;
        }
        if (a.hi() <= 0) {
          return a.negate();
        }
        return new Interval(0, Math.max(-a.lo(), a.hi()));
      }
      case "clamp": {
        Interval x = range(c.args().get(0));
        Interval lo = range(c.args().get(1));
        Interval hi = range(c.args().get(2));
        return new Interval(Math.min(Math.max(x.lo(), lo.lo()), hi.lo()), Math.min(Math.max(x.hi(), lo.hi()), hi.hi()));
      }
      case "if":
        return range(c.args().get(1)).union(range(c.args().get(2)));
      default:
        return Interval.ANY;
    }
  }
}
