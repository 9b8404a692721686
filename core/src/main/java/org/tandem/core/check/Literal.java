package org.tandem.core.check;

/**
 * A condition that must hold (or, when {@code positive} is false, must not hold) for a whole
 * precondition to hold. For step predicates {@code step} and {@code state} are set; for a
 * comparison of a name with a number, {@code variable}, {@code op} and {@code value} are.
 */
record Literal(String key, boolean positive, String step, String state, String variable, String op, double value) {

  String text() {
    return positive ? key : "not " + key;
  }
}
