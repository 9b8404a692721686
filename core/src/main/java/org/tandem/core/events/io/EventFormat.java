package org.tandem.core.events.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.events.GoldsteinTable;

/** The event file formats tandem reads. */
public enum EventFormat {
  /** GDELT 1.0 daily export: tab-separated, no header, 57 columns before April 2013 and 58 after. */
  GDELT1(GoldsteinTable.Variant.GDELT),
  /** GDELT 2.0 export: tab-separated, no header, 61 columns. */
  GDELT2(GoldsteinTable.Variant.GDELT),
  /** ICEWS: tab-separated with a header row; Intensity is the ICEWS Goldstein value. */
  ICEWS(GoldsteinTable.Variant.ICEWS),
  /**
   * A CSV export with a header row, comma- or tab-separated, GDELT column names (BigQuery) or ICEWS
   * names; empty and NA are missing values.
   */
  CSV(GoldsteinTable.Variant.GDELT);

  private final GoldsteinTable.Variant goldstein;

  EventFormat(GoldsteinTable.Variant goldstein) {
    this.goldstein = goldstein;
  }

  /** Lower-case name, as the command line writes it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The Goldstein table that matches the source, used unless the caller picks one. */
  public GoldsteinTable.Variant defaultGoldstein() {
    return goldstein;
  }

  /**
   * Detects the format from the first bytes of a file: an ICEWS header, another header row (CSV), or
   * the number of tab-separated columns of the first line (57 or 58: GDELT 1.0; 61: GDELT 2.0). Blank
   * lines (empty, or only a carriage return) before it are skipped, as every reader skips them.
   *
   * @param head the first bytes of the file (at least its first non-blank line, when it has one)
   * @return the format; GDELT 1.0 for a file without a non-blank line in {@code head}, which holds
   *     no rows in any format
   * @throws UserException when the first non-blank line fits no format
   */
  public static EventFormat detect(byte[] head, int length, String source) {
    int start = length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
    int line = 1;
    int end;
    while (true) {
      int newline = start;
      while (newline < length && head[newline] != '\n') {
        newline++;
      }
      end = newline > start && head[newline - 1] == '\r' ? newline - 1 : newline;
      if (end > start) {
        break;
      }
      if (newline >= length) {
        return GDELT1;
      }
      start = newline + 1;
      line++;
    }
    int tabs = 0;
    int commas = 0;
    for (int i = start; i < end; i++) {
      if (head[i] == '\t') {
        tabs++;
      } else if (head[i] == ',') {
        commas++;
      }
    }
    String first = new String(head, start, Math.min(end - start, 200), StandardCharsets.UTF_8);
    if (first.startsWith("Event ID\t")) {
      return ICEWS;
    }
    int cut = 0;
    while (cut < first.length() && first.charAt(cut) != '\t' && first.charAt(cut) != ',') {
      cut++;
    }
    String firstField = first.substring(0, cut);
    boolean numeric = !firstField.isEmpty() && firstField.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!numeric) {
      return CSV;
    }
    if (tabs == 56 || tabs == 57) {
      return GDELT1;
    }
    if (tabs == 60) {
      return GDELT2;
    }
    throw UserException.of("unknown-format", new Location(source, line, 0),
        "expected a header row, or 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated columns, found "
            + (tabs + 1) + " tab-separated and " + (commas + 1) + " comma-separated fields; name the format with --format");
  }
}
