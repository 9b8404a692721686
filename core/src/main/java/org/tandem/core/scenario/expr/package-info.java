/**
 * The small expression language of scenario files: preconditions, conditions, update rules and
 * hazard factors. {@link org.tandem.core.scenario.expr.ExpressionParser} turns text into an
 * {@link org.tandem.core.scenario.expr.Expr} tree whose nodes remember their column, so that every
 * error can point at its token. Names are resolved and types checked against a scenario by the
 * checker in {@code org.tandem.core.check}. The grammar is documented in
 * {@code docs/scenario-format.md}.
 */
package org.tandem.core.scenario.expr;
