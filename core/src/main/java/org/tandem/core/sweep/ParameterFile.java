package org.tandem.core.sweep;

import java.util.ArrayList;
import java.util.List;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;
import org.tandem.core.error.UserException;

/** Reads a params file: one {@code PATH=LOW:HIGH} per line; blank lines and {@code #} comments are skipped. */
public final class ParameterFile {
  private ParameterFile() {}

  /** Every range of the file's text, or a user error listing every malformed line with its line number. */
  public static List<ParameterRange> parse(String text, String sourceName) {
    Problems problems = new Problems();
    List<ParameterRange> ranges = parse(text, sourceName, problems);
    problems.throwIfErrors();
    return ranges;
  }

  /**
   * The well-formed ranges of the file's text. Each malformed line is added to {@code problems}
   * with its line number, as is a file without any {@code PATH=LOW:HIGH} line, so that a caller
   * can go on to check the ranges that could be read and report everything at once.
   */
  public static List<ParameterRange> parse(String text, String sourceName, Problems problems) {
    List<ParameterRange> ranges = new ArrayList<>();
    int written = 0;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (content.isEmpty()) {
        continue;
      }
      written++;
      try {
        ranges.add(ParameterRange.parse(content, new Location(sourceName, i + 1, 1)));
      } catch (UserException e) {
        problems.addAll(e.diagnostics());
      }
    }
    if (written == 0) {
      problems.add(Diagnostic.error("missing-key", Location.of(sourceName),
          "the params file has no PATH=LOW:HIGH line"));
    }
    return ranges;
  }
}
