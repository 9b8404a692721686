package org.tandem.core.check;

/** The type of an expression: a number, a boolean, or unknown after an error was reported. */
public enum Type {
  NUMBER, BOOLEAN, ERROR;

  String words() {
    return this == NUMBER ? "a number" : this == BOOLEAN ? "a condition (true/false)" : "an invalid value";
  }
}
