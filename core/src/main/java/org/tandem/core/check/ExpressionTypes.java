package org.tandem.core.check;

import java.util.List;
import java.util.Set;
import org.tandem.core.error.Problems;
import org.tandem.core.error.Suggestions;
import org.tandem.core.scenario.Expression;
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
 * Resolves the names of an expression against a scenario and checks its types, reporting each
 * problem at the column of the offending token.
 */
final class ExpressionTypes {
  private final SymbolTable symbols;
  private final Problems problems;

  ExpressionTypes(SymbolTable symbols, Problems problems) {
    this.symbols = symbols;
    this.problems = problems;
  }

  /** Checks {@code expression}, which must have type {@code expected}; {@code what} names its role. */
  void check(Expression expression, Type expected, String what) {
    Type actual = type(expression, expression.root());
    if (actual != Type.ERROR && actual != expected) {
      problems.error("bad-expression", expression.location(), what + " must be " + expected.words()
          + " but \"" + expression.excerpt() + "\" is " + actual.words());
    }
  }

  private Type type(Expression e, Expr node) {
    if (node instanceof NumberLit || node instanceof MonthLit) {
      return Type.NUMBER;
    }
    if (node instanceof BoolLit) {
      return Type.BOOLEAN;
    }
    if (node instanceof Name name) {
      return name(e, name);
    }
    if (node instanceof Not not) {
      return expect(e, not.operand(), Type.BOOLEAN, "'not'") ? Type.BOOLEAN : Type.ERROR;
    }
    if (node instanceof Negate negate) {
      return expect(e, negate.operand(), Type.NUMBER, "'-'") ? Type.NUMBER : Type.ERROR;
    }
    if (node instanceof Binary binary) {
      return binary(e, binary);
    }
    return call(e, (Call) node);
  }

  private Type name(Expression e, Name name) {
    String id = name.id();
    if (symbols.variables.contains(id) || symbols.builtins.contains(id)) {
      return Type.NUMBER;
    }
    if (Functions.CAPABILITY_VARIABLES.contains(id)) {
      error(e, name, "'" + id + "' needs a capability model, and this scenario has none");
      return Type.ERROR;
    }
    if (Functions.SIGNATURES.containsKey(id)) {
      error(e, name, "'" + id + "' is a function: write " + id + "(...)");
      return Type.ERROR;
    }
    String kind = kindOf(id);
    if (kind != null) {
      error(e, name, "'" + id + "' is " + kind + ", not a value; use it inside a function such as "
          + suggestFunction(kind));
      return Type.ERROR;
    }
    Set<String> all = new java.util.LinkedHashSet<>(symbols.variables);
    all.addAll(symbols.builtins);
    error(e, name, "unknown variable '" + id + "'" + Suggestions.hint(id, all)
        + (id.contains("-") ? " (write subtraction with spaces: a - b)" : ""));
    return Type.ERROR;
  }

  private Type binary(Expression e, Binary binary) {
    if (binary.op().isLogical()) {
      boolean ok = expect(e, binary.left(), Type.BOOLEAN, "'" + binary.op().symbol() + "'");
      ok &= expect(e, binary.right(), Type.BOOLEAN, "'" + binary.op().symbol() + "'");
      return ok ? Type.BOOLEAN : Type.ERROR;
    }
    if (binary.op().isArithmetic()) {
      boolean ok = expect(e, binary.left(), Type.NUMBER, "'" + binary.op().symbol() + "'");
      ok &= expect(e, binary.right(), Type.NUMBER, "'" + binary.op().symbol() + "'");
      return ok ? Type.NUMBER : Type.ERROR;
    }
    Type left = type(e, binary.left());
    Type right = type(e, binary.right());
    if (left == Type.ERROR || right == Type.ERROR) {
      return Type.ERROR;
    }
    boolean equality = binary.op() == Expr.Op.EQ || binary.op() == Expr.Op.NE;
    if (left != right || (!equality && left != Type.NUMBER)) {
      error(e, binary, "'" + binary.op().symbol() + "' compares numbers, but here it has "
          + left.words() + " and " + right.words());
      return Type.ERROR;
    }
    return Type.BOOLEAN;
  }

  private Type call(Expression e, Call call) {
    Functions.Signature signature = Functions.SIGNATURES.get(call.function());
    if (signature == null) {
      error(e, call, "unknown function '" + call.function() + "'"
          + Suggestions.hint(call.function(), Functions.SIGNATURES.keySet()));
      return Type.ERROR;
    }
    List<Functions.Arg> params = signature.args();
    if (call.args().size() != params.size()) {
      error(e, call, call.function() + "(...) takes " + params.size() + " argument"
          + (params.size() == 1 ? "" : "s") + " but has " + call.args().size());
      return Type.ERROR;
    }
    boolean ok = true;
    Type anyType = null;
    String previous = "";
    for (int i = 0; i < params.size(); i++) {
      Functions.Arg param = params.get(i);
      Expr arg = call.args().get(i);
      switch (param) {
        case NUMBER:
          ok &= expect(e, arg, Type.NUMBER, call.function() + "(...)");
          break;
        case BOOLEAN:
          ok &= expect(e, arg, Type.BOOLEAN, call.function() + "(...)");
          break;
        case ANY: {
          Type t = type(e, arg);
          if (t == Type.ERROR) {
            ok = false;
          } else if (anyType == null) {
            anyType = t;
          } else if (anyType != t) {
            error(e, arg, "both branches of if(...) must have the same type, but they are "
                + anyType.words() + " and " + t.words());
            ok = false;
          }
          break;
        }
        default: {
          String id = idArgument(e, call, arg, param, previous);
          ok &= id != null;
          previous = id == null ? "" : id;
        }
      }
    }
    if (!ok) {
      return Type.ERROR;
    }
    if (signature.result() == Functions.Arg.ANY) {
      return anyType;
    }
    return signature.result() == Functions.Arg.NUMBER ? Type.NUMBER : Type.BOOLEAN;
  }

  /** Checks that an argument names an existing id of the right kind; returns it or null. */
  private String idArgument(Expression e, Call call, Expr arg, Functions.Arg param, String previous) {
    String expected = words(param, previous);
    boolean owned = param == Functions.Arg.PROFILE_OF_PREVIOUS_ACTOR || param == Functions.Arg.OUTCOME_OF_PREVIOUS_EVENT;
    if (owned && previous.isEmpty()) {
      return null; // its owner, the argument before, is wrong and reported already
    }
    if (!(arg instanceof Name name)) {
      error(e, arg, call.function() + "(...) expects " + expected + " here");
      return null;
    }
    Set<String> candidates = candidates(param, previous);
    if (!candidates.contains(name.id())) {
      String other = kindOf(name.id());
      error(e, arg, "unknown " + kindWord(param) + " '" + name.id() + "'" + owner(param, previous)
          + " in " + call.function() + "(...)"
          + (other != null && param != Functions.Arg.PROFILE_OF_PREVIOUS_ACTOR
              && param != Functions.Arg.OUTCOME_OF_PREVIOUS_EVENT ? " ('" + name.id() + "' is " + other + ")" : "")
          + Suggestions.hint(name.id(), candidates));
      return null;
    }
    return name.id();
  }

  private Set<String> candidates(Functions.Arg param, String previous) {
    switch (param) {
      case STEP:
        return symbols.steps;
      case MILESTONE:
        return symbols.milestones;
      case TRACK:
        return symbols.tracks;
      case ACTOR:
        return symbols.actors;
      case ISSUE:
        return symbols.issues;
      case PROFILE_OF_PREVIOUS_ACTOR:
        return symbols.profiles.getOrDefault(previous, Set.of());
      case SCHEDULED_EVENT:
        return symbols.scheduled;
      case OUTCOME_OF_PREVIOUS_EVENT:
        return symbols.outcomes.getOrDefault(previous, Set.of());
      case STOCHASTIC_EVENT:
        return symbols.stochastic;
      case EVENT:
        return symbols.events;
      default:
        throw new IllegalStateException(param.name());
    }
  }

  /** The kind an id argument names, without its owner: "profile" rather than "profile of 'a'". */
  private static String kindWord(Functions.Arg param) {
    switch (param) {
      case PROFILE_OF_PREVIOUS_ACTOR:
        return "profile";
      case OUTCOME_OF_PREVIOUS_EVENT:
        return "outcome";
      default:
        return words(param, "");
    }
  }

  private static String owner(Functions.Arg param, String previous) {
    switch (param) {
      case PROFILE_OF_PREVIOUS_ACTOR:
        return " of actor '" + previous + "'";
      case OUTCOME_OF_PREVIOUS_EVENT:
        return " of event '" + previous + "'";
      default:
        return "";
    }
  }

  private static String words(Functions.Arg param, String previous) {
    switch (param) {
      case STEP:
        return "step";
      case MILESTONE:
        return "milestone";
      case TRACK:
        return "track";
      case ACTOR:
        return "actor";
      case ISSUE:
        return "issue";
      case PROFILE_OF_PREVIOUS_ACTOR:
        return "profile of '" + previous + "'";
      case SCHEDULED_EVENT:
        return "scheduled event";
      case OUTCOME_OF_PREVIOUS_EVENT:
        return "outcome of '" + previous + "'";
      case STOCHASTIC_EVENT:
        return "stochastic event";
      case EVENT:
        return "event";
      default:
        return param.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private String kindOf(String id) {
    if (symbols.steps.contains(id)) {
      return "a step";
    }
    if (symbols.milestones.contains(id)) {
      return "a milestone";
    }
    if (symbols.actors.contains(id)) {
      return "an actor";
    }
    if (symbols.issues.contains(id)) {
      return "an issue";
    }
    if (symbols.tracks.contains(id)) {
      return "a track";
    }
    if (symbols.events.contains(id)) {
      return "an event";
    }
    return null;
  }

  private static String suggestFunction(String kind) {
    switch (kind) {
      case "a step":
        return "verified(...)";
      case "a milestone":
        return "reached(...)";
      case "an actor":
        return "space(...)";
      case "an issue":
        return "state(...)";
      case "a track":
        return "progress(...)";
      default:
        return "count(...) or months-since(...)";
    }
  }

  private boolean expect(Expression e, Expr node, Type expected, String where) {
    Type actual = type(e, node);
    if (actual == Type.ERROR) {
      return false;
    }
    if (actual != expected) {
      error(e, node, where + " needs " + expected.words() + " but this is " + actual.words());
      return false;
    }
    return true;
  }

  private void error(Expression e, Expr node, String message) {
    problems.error("bad-expression", e.locate(node.at()), message + " in \"" + e.excerpt() + "\"");
  }
}
