package org.tandem.core.sim;

/**
 * A compiled expression node. Numeric nodes implement {@link #num}, conditions {@link #test}; the
 * checker guarantees that each is only asked for its own type. Evaluation allocates nothing.
 */
abstract class Node {
  double num(State s) {
    throw new IllegalStateException("not a number: " + getClass().getSimpleName());
  }

  boolean test(State s) {
    throw new IllegalStateException("not a condition: " + getClass().getSimpleName());
  }
}
