package org.tandem.core.sim;

/**
 * A scenario's expressions compiled to bytecode: expression {@code id} as a condition or a number.
 * Public only because generated classes live in their own class loader.
 */
public interface GeneratedExpressions {
  boolean test(int id, State s);

  double num(int id, State s);
}
