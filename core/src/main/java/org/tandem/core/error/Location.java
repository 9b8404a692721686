package org.tandem.core.error;

import java.util.Objects;

/**
 * A place in a user's input: a file (or other source name) with a 1-based line and column. A line
 * or column of 0 means unknown; CSV inputs use the line as the row number.
 */
public record Location(String source, int line, int column) implements Comparable<Location> {

  public Location {
    Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  /** A location that names only its source. */
  public static Location of(String source) {
    return new Location(source, 0, 0);
  }

  @Override
  public String toString() {
    if (line == 0) {
      return source;
    }
    return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(Location other) {
    int c = source.compareTo(other.source);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, other.line);
    return c != 0 ? c : Integer.compare(column, other.column);
  }
}
