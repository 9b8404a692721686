package org.tandem.core.sim;

/**
 * A scenario's expressions compiled to bytecode: expression {@code id} as a condition or a number.
 * Public only because generated classes live in their own class loader.
 */
public interface GeneratedExpressions {
  boolean test(int id, State s);

  double num(int id, State s);

  /** Writes the value of each variable's update rule into {@code next}; variables without one are left. */
  void update(State s, double[] next);

  /** Stochastic event {@code event}'s hazard in the current month: its base times the factors that apply. */
  double hazard(int event, State s);
}
