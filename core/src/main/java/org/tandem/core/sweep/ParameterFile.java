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
    List<ParameterRange> ranges = new ArrayList<>();
    Problems problems = new Problems();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (content.isEmpty()) {
        continue;
      }
      try {
        ranges.add(ParameterRange.parse(content, new Location(sourceName, i + 1, 1)));
      } catch (UserException e) {
        e.diagnostics().forEach(problems::add);
      }
    }
    problems.throwIfErrors();
    if (ranges.isEmpty()) {
      throw new UserException(List.of(Diagnostic.error("missing-key", Location.of(sourceName),
          "the params file has no PATH=LOW:HIGH line")));
    }
    return ranges;
  }
}
