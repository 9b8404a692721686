package org.tandem.core.scenario;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;

/** Parses YAML text into snakeyaml-engine's node tree, whose nodes carry their line and column. */
final class YamlTree {
  /** Aliases to collections allowed in one file: enough for hand-written reuse, not for a bomb. */
  private static final int MAX_ALIASES = 50;
  /** Largest file accepted, in code points. */
  static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

  private YamlTree() {}

  /** The root node, or null after reporting why there is none. */
  static Node parse(String text, String source, Problems problems) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(source)
        .setUseMarks(true)
        .setAllowDuplicateKeys(true) // reported by YamlMap with both locations
        .setMaxAliasesForCollections(MAX_ALIASES)
        .setCodePointLimit(MAX_CODE_POINTS)
        .build();
    try {
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty()) {
        problems.error("yaml-syntax", new Location(source, 1, 1), "the file is empty: expected a scenario");
        return null;
      }
      return root.get();
    } catch (MarkedYamlEngineException e) {
      Location where = e.getProblemMark().or(e::getContextMark)
          .map(m -> at(source, m)).orElse(new Location(source, 1, 1));
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      problems.error("yaml-syntax", where, "invalid YAML: " + oneLine(e.getProblem()) + context);
      return null;
    } catch (ReaderException e) {
      problems.error("yaml-syntax", atCodePoint(source, text, e.getPosition()),
          String.format(java.util.Locale.ROOT,
              "invalid YAML: character U+%04X is not allowed in a YAML file", e.getCodePoint()));
      return null;
    } catch (YamlEngineException e) {
      problems.error("yaml-syntax", new Location(source, 1, 1), "invalid YAML: " + oneLine(e.getMessage()));
      return null;
    } catch (StackOverflowError e) {
      // snakeyaml-engine recurses once per level of nesting and has no limit of its own; the failed
      // parse holds no state beyond this call, so the file is rejected like any other bad input.
      problems.error("yaml-syntax", new Location(source, 1, 1),
          "invalid YAML: the file is nested too deeply to be a scenario");
      return null;
    }
  }

  /**
   * Whether offset {@code i} of {@code text} starts a line. Line breaks are those of YAML: a line
   * feed, a carriage return, or both together (which count once).
   */
  static boolean startsLine(String text, int i) {
    if (i <= 0 || i > text.length()) {
      return false;
    }
    char before = text.charAt(i - 1);
    return before == '\n' || (before == '\r' && (i == text.length() || text.charAt(i) != '\n'));
  }

  /** The 1-based location of a node's start. */
  static Location location(String source, Node node) {
    return node.getStartMark().map(m -> at(source, m)).orElse(Location.of(source));
  }

  static Location at(String source, Mark mark) {
    return new Location(source, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /**
   * Where each character of {@code value}, the value of the scalar {@code node}, is in the file: found
   * by walking the scalar's text in the file and matching each non-blank character of the value in
   * turn, which skips what YAML removes (quotes, escapes, block headers, indentation, line breaks).
   * Falls back to one column per character when the node's marks do not fit the text.
   */
  static TextPositions positions(Reading reading, ScalarNode node, String value) {
    Location start = location(reading.source, node);
    TextPositions straight = TextPositions.straight(start, value);
    if (node.getStartMark().isEmpty() || node.getEndMark().isEmpty()) {
      return straight;
    }
    int from = index(reading, node.getStartMark().get());
    int to = index(reading, node.getEndMark().get());
    if (from < 0 || to < from) {
      return straight;
    }
    String text = reading.text;
    int j = from;
    int line = start.line();
    int column = start.column();
    ScalarStyle style = node.getScalarStyle();
    int skip = 0;
    if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
      int next = from + 1;
      while (next < to && !startsLine(text, next)) {
        next++;
      }
      if (next >= to) {
        return straight;
      }
      skip = next - from;
    } else if (style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED) {
      skip = 1;
    }
    int[] lines = new int[value.length() + 1];
    int[] columns = new int[value.length() + 1];
    for (int i = 0; i <= value.length(); i++) {
      boolean blank = i == value.length() || Character.isWhitespace(value.charAt(i));
      while (j < to && (skip > 0 || (!blank && text.charAt(j) != value.charAt(i)))) {
        char c = text.charAt(j++);
        skip = Math.max(0, skip - 1);
        if (startsLine(text, j)) {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(c)) {
          column++;
        }
      }
      if (j >= to && !blank) {
        return straight;
      }
      lines[i] = line;
      columns[i] = column;
      if (j < to && (!blank || Character.isWhitespace(text.charAt(j)))) {
        char c = text.charAt(j++);
        if (startsLine(text, j)) {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(c)) {
          column++;
        }
      }
    }
    return new TextPositions(reading.source, lines, columns);
  }

  /** The char index of a mark in the reading's text, or -1 when it does not fit. */
  private static int index(Reading reading, Mark mark) {
    int[] starts = reading.lineStarts();
    if (mark.getLine() < 0 || mark.getLine() >= starts.length) {
      return -1;
    }
    try {
      return reading.text.offsetByCodePoints(starts[mark.getLine()], mark.getColumn());
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  static Location atCodePoint(String source, String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < codePointIndex; seen++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (startsLine(text, i)) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(source, line, column);
  }


  private static String oneLine(String message) {
    return message == null ? "unreadable input" : message.replaceAll("\\s+", " ").trim();
  }
}
