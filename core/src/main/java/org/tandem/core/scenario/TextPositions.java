package org.tandem.core.scenario;

import java.util.Arrays;
import java.util.Objects;
import org.tandem.core.error.Location;

/**
 * Where each character of a text taken from a file is in that file. A YAML scalar's value is not a
 * verbatim slice of the file: folded and multi-line scalars join lines and drop indentation, quoted
 * ones unescape, block scalars start after their header. Offsets run from 0 to the text's length
 * inclusive (the position just after its end).
 */
public record TextPositions(String source, int[] lines, int[] columns) {

  public TextPositions {
    Objects.requireNonNull(source, "source");
    if (lines.length != columns.length || lines.length == 0) {
      throw new IllegalArgumentException("one line and one column per offset, at least one offset");
    }
    lines = lines.clone();
    columns = columns.clone();
  }

  /** Positions of a text written on one line from {@code start} on, one column per character. */
  public static TextPositions straight(Location start, String text) {
    int[] lines = new int[text.length() + 1];
    int[] columns = new int[text.length() + 1];
    int line = start.line();
    int column = start.column();
    for (int i = 0; i <= text.length(); i++) {
      lines[i] = line;
      columns[i] = column;
      if (i < text.length()) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
    }
    return new TextPositions(start.source(), lines, columns);
  }

  /** The location of the character at {@code offset} (clamped to the text). */
  public Location at(int offset) {
    int i = Math.max(0, Math.min(offset, lines.length - 1));
    return new Location(source, lines[i], columns[i]);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextPositions t && source.equals(t.source) && Arrays.equals(lines, t.lines)
        && Arrays.equals(columns, t.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, Arrays.hashCode(lines), Arrays.hashCode(columns));
  }

  @Override
  public String toString() {
    return "TextPositions[" + at(0) + " .. " + at(lines.length - 1) + "]";
  }
}
