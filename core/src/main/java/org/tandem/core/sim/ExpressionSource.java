package org.tandem.core.sim;

import java.util.ArrayList;
import java.util.List;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.expr.Expr;

/**
 * Writes a scenario's expressions as one Java class implementing {@link GeneratedExpressions}:
 * each expression becomes a static method whose operations are exactly those of the tree
 * interpreter ({@link ExpressionCompiler}), in the same order, so both give identical values. The
 * environment's update rules and the stochastic events' hazards are also written out whole, one
 * method each, so that a month computes them without a call per expression or factor.
 */
final class ExpressionSource {
  private final Indexes indexes;
  private final List<String> methods = new ArrayList<>();
  private final List<Boolean> conditions = new ArrayList<>();
  private final StringBuilder updates = new StringBuilder();
  private final StringBuilder hazards = new StringBuilder();

  ExpressionSource(Indexes indexes) {
    this.indexes = indexes;
  }

  /** Adds an expression; returns its id. */
  int add(Expression e, boolean condition) {
    int id = methods.size();
    methods.add(code(e.root()));
    conditions.add(condition);
    return id;
  }

  int size() {
    return methods.size();
  }

  /** Adds variable {@code v}'s update rule to the generated {@code update}. */
  void update(int v, Expression e) {
    updates.append("    next[").append(v).append("] = ").append(code(e.root())).append(";\n");
  }

  /**
   * Adds stochastic event {@code e}'s hazard to the generated {@code hazard}: the base times each
   * factor whose condition holds (a factor without one always applies), multiplied in the order
   * given, as the engine does.
   */
  void hazard(int e, double base, List<Expression> when, double[] times) {
    hazards.append("      case ").append(e).append(": {\n        double h = ").append(literal(base)).append(";\n");
    for (int f = 0; f < times.length; f++) {
      hazards.append("        ");
      if (when.get(f) != null) {
        hazards.append("if (").append(code(when.get(f).root())).append(") ");
      }
      hazards.append("h *= ").append(literal(times[f])).append(";\n");
    }
    hazards.append("        return h;\n      }\n");
  }

  /** The class, named {@code packageName.className}. */
  String source(String packageName, String className) {
    StringBuilder b = new StringBuilder();
    b.append("package ").append(packageName).append(";\n");
    b.append("import org.tandem.core.sim.State;\n");
    b.append("public final class ").append(className)
        .append(" implements org.tandem.core.sim.GeneratedExpressions {\n");
    dispatch(b, true);
    dispatch(b, false);
    b.append("  public void update(State s, double[] next) {\n").append(updates).append("  }\n");
    b.append("  public double hazard(int event, State s) {\n    switch (event) {\n").append(hazards)
        .append("      default: throw new IllegalArgumentException(\"event \" + event);\n    }\n  }\n");
    b.append("  private static boolean atLeast(State s, int step, int stage) {\n")
        .append("    int c = s.stage(step);\n    return c >= stage && c != ").append(StepStage.REVERSED).append(";\n  }\n");
    b.append("  private static double div(double a, double b) {\n    return b == 0 ? 0 : a / b;\n  }\n");
    for (int i = 0; i < methods.size(); i++) {
      b.append("  private static ").append(conditions.get(i) ? "boolean" : "double").append(" e").append(i)
          .append("(State s) {\n    return ").append(methods.get(i)).append(";\n  }\n");
    }
    b.append("}\n");
    return b.toString();
  }

  private void dispatch(StringBuilder b, boolean condition) {
    b.append("  public ").append(condition ? "boolean test" : "double num").append("(int id, State s) {\n")
        .append("    switch (id) {\n");
    for (int i = 0; i < methods.size(); i++) {
      if (conditions.get(i) == condition) {
        b.append("      case ").append(i).append(": return e").append(i).append("(s);\n");
      }
    }
    b.append("      default: throw new IllegalArgumentException(\"expression \" + id);\n    }\n  }\n");
  }

  private String code(Expr node) {
    if (node instanceof Expr.NumberLit n) {
      return literal(n.value());
    }
    if (node instanceof Expr.MonthLit m) {
      return literal(m.index());
    }
    if (node instanceof Expr.BoolLit b) {
      return Boolean.toString(b.value());
    }
    if (node instanceof Expr.Name n) {
      return name(n.id());
    }
    if (node instanceof Expr.Not n) {
      return "(!" + code(n.operand()) + ")";
    }
    if (node instanceof Expr.Negate n) {
      return "(-" + code(n.operand()) + ")";
    }
    if (node instanceof Expr.Binary b) {
      String l = code(b.left());
      String r = code(b.right());
      switch (b.op()) {
        case AND:
          return "(" + l + " && " + r + ")";
        case OR:
          return "(" + l + " || " + r + ")";
        case DIV:
          return "div(" + l + ", " + r + ")";
        default:
          return "(" + l + " " + b.op().symbol() + " " + r + ")";
      }
    }
    return call((Expr.Call) node);
  }

  private String call(Expr.Call c) {
    List<Expr> a = c.args();
    switch (c.function()) {
      case "proposed":
        return "atLeast(s, " + indexes.step(a.get(0)) + ", " + StepStage.PROPOSED + ")";
      case "agreed":
      case "implementing":
        return "atLeast(s, " + indexes.step(a.get(0)) + ", " + StepStage.IMPLEMENTING + ")";
      case "implemented":
        return "atLeast(s, " + indexes.step(a.get(0)) + ", " + StepStage.IMPLEMENTED + ")";
      case "verified":
        return "atLeast(s, " + indexes.step(a.get(0)) + ", " + StepStage.VERIFIED + ")";
      case "reversed":
        return "(s.stage(" + indexes.step(a.get(0)) + ") == " + StepStage.REVERSED + ")";
      case "reached":
        return "s.milestoneHolds(" + indexes.milestone(a.get(0)) + ")";
      case "progress":
        return "s.progress(" + indexes.track(a.get(0)) + ")";
      case "space":
        return "s.space(" + indexes.actor(a.get(0)) + ")";
      case "position":
        return "s.position(" + indexes.actor(a.get(0)) + ", " + indexes.issue(a.get(1)) + ")";
      case "state":
        return "s.issueState(" + indexes.issue(a.get(0)) + ")";
      case "profile":
        return "(s.profile(" + indexes.actor(a.get(0)) + ") == "
            + indexes.profile(a.get(0), a.get(1)) + ")";
      case "outcome":
        return "(s.outcome(" + indexes.event(a.get(0)) + ") == "
            + indexes.outcome(a.get(0), a.get(1)) + ")";
      case "count":
        return "((double) s.count(" + indexes.event(a.get(0)) + "))";
      case "months-since":
        return "((double) s.monthsSince(" + indexes.event(a.get(0)) + "))";
      case "min":
        return "Math.min(" + code(a.get(0)) + ", " + code(a.get(1)) + ")";
      case "max":
        return "Math.max(" + code(a.get(0)) + ", " + code(a.get(1)) + ")";
      case "abs":
        return "Math.abs(" + code(a.get(0)) + ")";
      case "clamp":
        return "Math.min(Math.max(" + code(a.get(0)) + ", " + code(a.get(1)) + "), " + code(a.get(2)) + ")";
      case "if":
        return "(" + code(a.get(0)) + " ? " + code(a.get(1)) + " : " + code(a.get(2)) + ")";
      default:
        throw new IllegalArgumentException("unknown function " + c.function());
    }
  }

  private String name(String id) {
    switch (id) {
      case "date":
        return "((double) s.date())";
      case "month":
        return "((double) s.month())";
      case "months-since-progress":
        return "((double) s.monthsSinceProgress())";
      case "warheads":
        return "s.warheads()";
      case "material":
        return "s.material()";
      default:
        return "s.variable(" + Indexes.require(indexes.variables, id, "variable") + ")";
    }
  }

  private static String literal(double v) {
    return "(" + Double.toString(v) + "d)";
  }

}
