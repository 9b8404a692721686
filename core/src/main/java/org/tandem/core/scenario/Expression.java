package org.tandem.core.scenario;

import java.util.Objects;
import org.tandem.core.error.Location;
import org.tandem.core.scenario.expr.Expr;

/**
 * An expression of a scenario file: its text, its parsed tree, and where its text starts in the
 * file, so that a node's offset can be turned into a file location.
 */
public record Expression(String text, Expr root, Location location) {

  public Expression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(location, "location");
  }

  /** The file location of the character at {@code offset} of the text. */
  public Location locate(int offset) {
    if (location.line() == 0) {
      return location;
    }
    int line = location.line();
    int column = location.column();
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(location.source(), line, column);
  }

  @Override
  public String toString() {
    return text;
  }
}
