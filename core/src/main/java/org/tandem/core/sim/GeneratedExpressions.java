package org.tandem.core.sim;

/**
 * The parts of a month that generated code computes whole (see {@link ExpressionBytecode}); each
 * single expression is a generated {@link Node} instead.
 */
interface GeneratedExpressions {
  /** Writes the value of each variable's update rule into {@code next}; variables without one are left. */
  void update(State s, double[] next);

  /** Stochastic event {@code event}'s hazard in the current month: its base times the factors that apply. */
  double hazard(int event, State s);
}
