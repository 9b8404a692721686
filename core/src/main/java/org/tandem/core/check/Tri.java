package org.tandem.core.check;

/** Three-valued logic for conditions whose value depends on how a run unfolds. */
enum Tri {
  FALSE, UNKNOWN, TRUE;

  static Tri of(boolean b) {
    return b ? TRUE : FALSE;
  }

  Tri and(Tri other) {
    return values()[Math.min(ordinal(), other.ordinal())];
  }

  Tri or(Tri other) {
    return values()[Math.max(ordinal(), other.ordinal())];
  }

  Tri not() {
    return values()[2 - ordinal()];
  }
}
