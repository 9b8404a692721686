package org.tandem.core.sim;

import java.util.ArrayList;
import java.util.List;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.expr.Expr;

/**
 * A condition cut at its top-level {@code and}s into the conjuncts that read only structure (step
 * stages, issue states, profiles, outcomes: see {@link ExpressionCompiler#isStructural}) and the
 * rest. A replication caches the first part until something it reads changes and evaluates only the
 * rest every month. Expressions have no side effects, so {@code structural and rest} has the value
 * of the whole.
 *
 * @param structural the structural conjuncts joined by {@code and}, or null when there are none
 * @param rest the other conjuncts joined by {@code and}, or null when there are none
 */
record ConditionSplit(Expression structural, Expression rest) {

  static ConditionSplit of(Expression e) {
    if (e == null) {
      return new ConditionSplit(null, null);
    }
    List<Expr> conjuncts = new ArrayList<>();
    flatten(e.root(), conjuncts);
    Expr structural = null;
    Expr rest = null;
    for (Expr c : conjuncts) {
      if (ExpressionCompiler.isStructural(c)) {
        structural = and(structural, c);
      } else {
        rest = and(rest, c);
      }
    }
    return new ConditionSplit(part(e, structural), part(e, rest));
  }

  private static void flatten(Expr node, List<Expr> into) {
    if (node instanceof Expr.Binary b && b.op() == Expr.Op.AND) {
      flatten(b.left(), into);
      flatten(b.right(), into);
    } else {
      into.add(node);
    }
  }

  private static Expr and(Expr left, Expr right) {
    return left == null ? right : new Expr.Binary(Expr.Op.AND, left, right, right.at());
  }

  private static Expression part(Expression whole, Expr root) {
    return root == null ? null : new Expression(whole.text(), root, whole.location(), whole.positions());
  }
}
