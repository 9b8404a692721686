package org.tandem.core.scenario.expr;

/** Text that is not a valid expression; {@link #at()} is the offending token's 0-based offset. */
public final class ExpressionSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int at;

  public ExpressionSyntaxException(String message, int at) {
    super(message, null, false, false);
    this.at = at;
  }

  public int at() {
    return at;
  }
}
