package org.tandem.core.scenario;

import java.util.Objects;
import org.tandem.core.error.Location;
import org.tandem.core.scenario.expr.Expr;

/**
 * An expression of a scenario file: its text, its parsed tree, where its text starts in the file,
 * and where each of its characters is, so that a node's offset can be turned into a file location
 * even when the expression spans several lines.
 */
public record Expression(String text, Expr root, Location location, TextPositions positions) {

  /** Longest text quoted whole in a message; longer expressions are cut with "...". */
  private static final int EXCERPT = 80;

  public Expression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(positions, "positions");
  }

  /** An expression written from {@code location} on, one column per character. */
  public Expression(String text, Expr root, Location location) {
    this(text, root, location, TextPositions.straight(location, text));
  }

  /** The text for quoting in a message: stripped, and cut short when it is long. */
  public String excerpt() {
    return excerpt(text);
  }

  /** {@link #excerpt()} of any expression text. */
  public static String excerpt(String text) {
    String stripped = text.strip();
    return stripped.length() <= EXCERPT ? stripped : stripped.substring(0, EXCERPT - 3) + "...";
  }

  /** The file location of the character at {@code offset} of the text. */
  public Location locate(int offset) {
    if (location.line() == 0) {
      return location;
    }
    return positions.at(offset);
  }

  @Override
  public String toString() {
    return text;
  }
}
