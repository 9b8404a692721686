package org.tandem.core.bargain.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * Splits CSV text into lines of trimmed fields: double quotes may enclose a field (a doubled
 * quote inside is one quote), blank lines are skipped, empty trailing fields (trailing commas)
 * are dropped. Also parses numbers strictly: plain decimal notation only, no NaN or infinity.
 */
final class CsvLines {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvLines() {}

  /** The non-blank lines of {@code content}, each a list of at least one cell. */
  static List<List<CsvCell>> split(String source, String content) {
    List<List<CsvCell>> lines = new ArrayList<>();
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String[] raw = text.split("\r\n|\r|\n", -1);
    for (int l = 0; l < raw.length; l++) {
      List<CsvCell> cells = fields(source, l + 1, raw[l]);
      if (!cells.isEmpty()) {
        lines.add(cells);
      }
    }
    return lines;
  }

  private static List<CsvCell> fields(String source, int line, String raw) {
    List<CsvCell> cells = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int k = 0; k < raw.length(); k++) {
      char ch = raw.charAt(k);
      if (quoted) {
        if (ch == '"' && k + 1 < raw.length() && raw.charAt(k + 1) == '"') {
          field.append('"');
          k++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"' && field.toString().isBlank()) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (ch == ',') {
        cells.add(cell(source, line, cells.size() + 1, field, wasQuoted));
        field.setLength(0);
        wasQuoted = false;
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw UserException.of("csv-unclosed-quote", new Location(source, line, cells.size() + 1),
          "a quoted field must end with a double quote on the same line, but the line ends"
              + " inside the quotes");
    }
    cells.add(cell(source, line, cells.size() + 1, field, wasQuoted));
    int end = cells.size();
    while (end > 0 && cells.get(end - 1).text().isEmpty()) {
      end--;
    }
    return new ArrayList<>(cells.subList(0, end));
  }

  private static CsvCell cell(String source, int line, int column, StringBuilder field,
      boolean quoted) {
    String text = quoted ? field.toString() : field.toString().strip();
    return new CsvCell(text.strip(), new Location(source, line, column));
  }

  /** The cell's number, or a located user error saying what the column should hold. */
  static double number(CsvCell cell, String what) {
    if (!NUMBER.matcher(cell.text()).matches()) {
      throw UserException.of("not-a-number", cell.location(), String.format(Locale.ROOT,
          "expected a number for %s, found '%s'", what, cell.text()));
    }
    double value = Double.parseDouble(cell.text());
    if (!Double.isFinite(value)) {
      throw UserException.of("not-a-number", cell.location(), String.format(Locale.ROOT,
          "expected a finite number for %s, found '%s'", what, cell.text()));
    }
    return value;
  }

  /** The cell's number, required to lie in [min, max]. */
  static double numberIn(CsvCell cell, String what, double min, double max) {
    double value = number(cell, what);
    if (value < min || value > max) {
      throw UserException.of("out-of-range", cell.location(), String.format(Locale.ROOT,
          "%s must be between %s and %s, found %s", what, plain(min), plain(max), cell.text()));
    }
    return value;
  }

  /** The cell's number, required to be positive. */
  static double positive(CsvCell cell, String what) {
    double value = number(cell, what);
    if (!(value > 0)) {
      throw UserException.of("out-of-range", cell.location(), String.format(Locale.ROOT,
          "%s must be greater than 0, found %s", what, cell.text()));
    }
    return value;
  }

  /** The cell's whole number, required to lie in [min, max]. */
  static int count(CsvCell cell, String what, int min, int max) {
    if (!cell.text().matches("[+]?\\d{1,9}")) {
      throw UserException.of("not-a-number", cell.location(), String.format(Locale.ROOT,
          "expected a whole number for %s, found '%s'", what, cell.text()));
    }
    int value = Integer.parseInt(cell.text());
    if (value < min || value > max) {
      throw UserException.of("out-of-range", cell.location(), String.format(Locale.ROOT,
          "%s must be between %d and %d, found %d", what, min, max, value));
    }
    return value;
  }

  static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
