package org.tandem.core.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.core.error.Location;
import org.tandem.core.scenario.Assumption;

/**
 * A scenario file's text in which numbers can be replaced: each replacement rewrites the plain
 * number at an assumption's line and column and nothing else, so that the result is the file a
 * user would get by editing those numbers by hand, and every location in it stays where it was.
 */
final class ScenarioText {
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private final String text;
  /** Offset of the first character of each line (0-based line index). */
  private final int[] lineStarts;

  ScenarioText(String text) {
    this.text = text;
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (endsLine(i)) {
        lines++;
      }
    }
    lineStarts = new int[lines];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (endsLine(i)) {
        lineStarts[line++] = i + 1;
      }
    }
  }

  /** YAML's line breaks: LF, CR LF (ending at the LF) and a lone CR. */
  private boolean endsLine(int i) {
    char c = text.charAt(i);
    return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
  }

  /**
   * Where the number of {@code a} starts and ends in the text, as {@code {start, end}}; throws
   * {@link IllegalArgumentException} when there is no plain number at its location.
   */
  int[] span(Assumption a) {
    Location at = a.location();
    if (at.line() < 1 || at.line() > lineStarts.length) {
      throw new IllegalArgumentException("no line " + at.line() + " for " + a.path());
    }
    int start = text.offsetByCodePoints(lineStarts[at.line() - 1], at.column() - 1);
    Matcher m = NUMBER.matcher(text).region(start, text.length());
    if (!m.lookingAt()) {
      throw new IllegalArgumentException("no plain number at " + at + " for " + a.path());
    }
    return new int[] {start, m.end()};
  }

  /** The text with the number of {@code numbers.get(i)} replaced by {@code values[i]}. */
  String with(List<Assumption> numbers, double[] values) {
    StringBuilder b = new StringBuilder(text);
    Integer[] order = new Integer[numbers.size()];
    int[][] spans = new int[numbers.size()][];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      spans[i] = span(numbers.get(i));
    }
    // Replace from the end, so that earlier offsets stay valid.
    Arrays.sort(order, (x, y) -> Integer.compare(spans[y][0], spans[x][0]));
    for (int i : order) {
      b.replace(spans[i][0], spans[i][1], ParameterRange.format(values[i]));
    }
    return b.toString();
  }
}
