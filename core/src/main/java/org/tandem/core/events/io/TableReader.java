package org.tandem.core.events.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.events.CameoCode;
import org.tandem.core.events.CivilDate;
import org.tandem.core.events.CodeBook;
import org.tandem.core.events.Countries;
import org.tandem.core.events.EventRecord;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.PartialAggregate;

/**
 * Reads event tables with a header row: ICEWS files (tab-separated, country names, {@code CAMEO
 * Code}) and CSV exports (comma- or tab-separated, quoted as R and BigQuery quote, GDELT column names
 * such as {@code SQLDATE}, {@code Actor1CountryCode}, {@code EventCode}, or ICEWS names). Empty and
 * {@code NA} are missing values. Columns are found by name, so their order and any extra columns do
 * not matter; a missing required column is an error of the whole file.
 */
final class TableReader {
  private final EventFormat format;
  private final Function<GoldsteinTable.Variant, CodeBook> books;
  private CodeBook book;

  /** A reader that values every file by {@code book}. */
  TableReader(EventFormat format, CodeBook book) {
    this(format, variant -> book);
  }

  /**
   * A reader that values each file by the book for its source: {@code books} is asked for the ICEWS
   * variant when the header names ICEWS columns (as an ICEWS file's does, and a CSV export's may),
   * else for the GDELT one. The choice is made here, from the parsed header, so that the table
   * follows the same rule as the columns: names compared whatever their letter case.
   */
  TableReader(EventFormat format, Function<GoldsteinTable.Variant, CodeBook> books) {
    if (format != EventFormat.ICEWS && format != EventFormat.CSV) {
      throw new IllegalArgumentException("not a table format: " + format);
    }
    this.format = format;
    this.books = books;
  }

  void read(BufferedReader in, String source, PartialAggregate agg) throws IOException {
    this.in = in;
    pushedBack.clear();
    quoted = format == EventFormat.CSV;
    String first = nextLine();
    if (first != null && first.startsWith("\uFEFF")) {
      first = first.substring(1);
    }
    // Blank lines are skipped everywhere, before the header too (the format was detected from the
    // first non-blank line); line numbers still count them.
    long headerLine = 1;
    while (first != null && first.isEmpty()) {
      first = nextLine();
      headerLine++;
    }
    if (first == null) {
      return;
    }
    delimiter = format == EventFormat.ICEWS ? '\t' : delimiterOf(first);
    Record headerRecord = record(first, headerLine);
    Location at = new Location(source, Math.toIntExact(headerLine), 0);
    if (headerRecord.unterminated()) {
      throw UserException.of("bad-quoting", at, "expected the header row's quoted field to"
          + " close, found no closing double quote");
    }
    long line = headerLine - 1 + headerRecord.lines();
    String header = headerRecord.text();
    List<String> names = split(header, delimiter, quoted);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    boolean icews = format == EventFormat.ICEWS || index.containsKey("cameo code");
    book = books.apply(icews ? GoldsteinTable.Variant.ICEWS : GoldsteinTable.Variant.GDELT);
    if (icews && agg.filter().needsGdeltColumns()) {
      throw UserException.of("missing-column", at,
          "root-only and minimum-sources filters need GDELT's IsRootEvent and NumSources columns, which ICEWS"
              + " data lack; drop those filters for this file");
    }
    Columns c = icews
        ? new Columns(required(index, "Event Date", at), required(index, "Source Country", at),
            required(index, "Target Country", at), required(index, "CAMEO Code", at), -1, -1,
            agg.recording() ? required(index, "Event ID", at) : -1)
        : new Columns(required(index, "SQLDATE", at), required(index, "Actor1CountryCode", at),
            required(index, "Actor2CountryCode", at), required(index, "EventCode", at),
            agg.filter().rootOnly() ? required(index, "IsRootEvent", at) : optional(index, "IsRootEvent"),
            agg.filter().minSources() > 0 ? required(index, "NumSources", at) : optional(index, "NumSources"),
            agg.recording() ? required(index, "GLOBALEVENTID", at) : -1);
    for (String text = nextLine(); text != null; text = nextLine()) {
      line++;
      if (text.isEmpty()) {
        continue;
      }
      Record r = record(text, line);
      if (r.unterminated()) {
        agg.reject(source, line, "bad-quoting", "expected a closing double quote for the quoted field opened on this"
            + " line, found none " + (r.lines() > MAX_RECORD_LINES ? "within " + MAX_RECORD_LINES + " lines"
            : "before the end of the file") + "; the lines after this one are read as rows of their own");
      } else {
        row(split(r.text(), delimiter, quoted), names.size(), c, icews, source, line, agg);
        line += r.lines() - 1;
      }
      if (agg.stopped()) {
        break;
      }
    }
    agg.addLines(line);
  }

  /** Lines a quoted field may span (RFC 4180 allows newlines in quoted fields); past it, it is unclosed. */
  static final int MAX_RECORD_LINES = 1000;

  private BufferedReader in;
  private char delimiter;
  private boolean quoted;
  /** Lines read ahead for a quoted field that never closed, to be read again as rows of their own. */
  private final ArrayDeque<String> pushedBack = new ArrayDeque<>();

  /**
   * A row of the file as text, with the newlines of its quoted fields, and how many lines it spans.
   *
   * @param unterminated whether a quoted field opened and did not close (within
   *     {@link #MAX_RECORD_LINES} lines or before the end): then text is only the first line
   */
  private record Record(String text, long lines, boolean unterminated) {}

  /**
   * The row that starts with {@code first} (line {@code line}): in a CSV file, a quoted field that is
   * still open at the end of a line continues on the next one (RFC 4180). If it never closes, the
   * lines read ahead are pushed back, so that one stray quote costs one rejected row, not the rest
   * of the file.
   */
  private Record record(String first, long line) throws IOException {
    if (!quoted) {
      return new Record(first, 1, false);
    }
    QuoteScan scan = new QuoteScan(delimiter);
    if (!scan.feed(first)) {
      return new Record(first, 1, false);
    }
    StringBuilder text = new StringBuilder(first);
    List<String> ahead = new ArrayList<>();
    while (ahead.size() < MAX_RECORD_LINES) {
      String next = nextLine();
      if (next == null) {
        break;
      }
      ahead.add(next);
      text.append('\n').append(next);
      if (!scan.feed(next)) {
        return new Record(text.toString(), 1 + ahead.size(), false);
      }
    }
    for (int i = ahead.size() - 1; i >= 0; i--) {
      pushedBack.addFirst(ahead.get(i));
    }
    return new Record(first, 1 + ahead.size(), true);
  }

  /** Follows double quotes across the lines of one row, as {@link #split} reads them. */
  private static final class QuoteScan {
    private final char delimiter;
    private boolean fieldStart = true;
    private boolean inQuotes;

    QuoteScan(char delimiter) {
      this.delimiter = delimiter;
    }

    /** Reads one more line of the row; true if a quoted field is still open at its end. */
    boolean feed(String line) {
      int n = line.length();
      for (int i = 0; i < n; i++) {
        char ch = line.charAt(i);
        if (inQuotes) {
          if (ch == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              i++;
            } else {
              inQuotes = false;
            }
          }
        } else if (fieldStart && ch == '"') {
          inQuotes = true;
          fieldStart = false;
        } else {
          fieldStart = ch == delimiter;
        }
      }
      return inQuotes;
    }
  }

  /**
   * The next line without its terminator, or null at the end. Only '\n' ends a line (a '\r' before it
   * is dropped), as in the GDELT reader, so that line numbers agree with line-oriented tools.
   */
  private final StringBuilder line = new StringBuilder();

  private String nextLine() throws IOException {
    if (!pushedBack.isEmpty()) {
      return pushedBack.removeFirst();
    }
    line.setLength(0);
    int c = in.read();
    if (c < 0) {
      return null;
    }
    while (c >= 0 && c != '\n') {
      line.append((char) c);
      c = in.read();
    }
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') {
      line.setLength(n - 1);
    }
    return line.toString();
  }

  private record Columns(int date, int source, int target, int code, int root, int sources, int id) {}

  private void row(List<String> f, int expected, Columns c, boolean icews, String source, long line,
      PartialAggregate agg) {
    if (f.size() != expected) {
      agg.reject(source, line, "column-count", "expected " + expected + " columns as in the header, found " + f.size());
      return;
    }
    agg.countLayout(f.size());
    String date = f.get(c.date()).strip();
    int[] ymd = date.length() == 10 ? isoDate(date) : compactDate(date);
    if (missing(date)) {
      agg.reject(source, line, "missing-value", "expected a date in column " + (c.date() + 1) + ", found none");
      return;
    }
    if (ymd == null) {
      agg.reject(source, line, "bad-date", "expected a date as YYYY-MM-DD or YYYYMMDD in column " + (c.date() + 1) + ", found \"" + clip(date) + "\"");
      return;
    }
    String code = f.get(c.code()).strip();
    if (missing(code)) {
      agg.reject(source, line, "missing-value", "expected a CAMEO code in column " + (c.code() + 1) + ", found none");
      return;
    }
    if (!CameoCode.isValid(code)) {
      agg.reject(source, line, "bad-event-code", "expected a CAMEO event code of 2 to 4 digits with root 01 to 20"
          + " in column " + (c.code() + 1) + ", found \"" + clip(code) + "\"");
      return;
    }
    int actor1 = icews ? countryName(f.get(c.source()), agg) : countryCode(f.get(c.source()));
    int actor2 = icews ? countryName(f.get(c.target()), agg) : countryCode(f.get(c.target()));
    if (actor1 == BAD || actor2 == BAD) {
      int col = actor1 == BAD ? c.source() : c.target();
      agg.reject(source, line, "bad-country-code", "expected an empty or three-letter country code in column "
          + (col + 1) + ", found \"" + clip(f.get(col)) + "\"");
      return;
    }
    int root = -1;
    if (c.root() >= 0) {
      String r = f.get(c.root()).strip();
      if (!missing(r)) {
        root = r.equals("1") ? 1 : r.equals("0") ? 0 : -2;
        if (root == -2) {
          agg.reject(source, line, "bad-root-flag", "expected IsRootEvent 0 or 1 in column " + (c.root() + 1)
              + ", found \"" + clip(r) + "\"");
          return;
        }
      }
    }
    int sources = -1;
    if (c.sources() >= 0) {
      String n = f.get(c.sources()).strip();
      if (!missing(n)) {
        sources = n.length() <= 9 && !n.isEmpty() && n.chars().allMatch(ch -> ch >= '0' && ch <= '9')
            ? Integer.parseInt(n) : -2;
        if (sources == -2) {
          agg.reject(source, line, "bad-number", "expected NumSources as a whole number in column "
              + (c.sources() + 1) + ", found \"" + clip(n) + "\"");
          return;
        }
      }
    }
    int key = new CameoCode(code).key();
    if (agg.recording()) {
      String id = f.get(c.id()).strip();
      if (missing(id)) {
        agg.reject(source, line, "missing-value", "expected an event id in column " + (c.id() + 1) + ", found none");
        return;
      }
      String problem = EventRecord.idProblem(id);
      if (problem != null) {
        agg.reject(source, line, "bad-event-id", "expected an event id of at most " + EventRecord.MAX_ID_LENGTH
            + " characters and no control character in column " + (c.id() + 1) + ", found " + problem);
        return;
      }
      agg.record(new EventRecord(icews ? "icews" : "gdelt", id, LocalDate.of(ymd[0], ymd[1], ymd[2]),
          EventRecord.country(actor1), EventRecord.country(actor2), code, book.tenths(key), book.quad(key), root,
          sources));
    }
    agg.accept(actor1, actor2, ymd[0], ymd[1], ymd[2], book.quad(key), book.tenths(key), book.listed(key), root,
        sources);
  }

  private static final int BAD = -2;

  private static int countryName(String raw, PartialAggregate agg) {
    String name = raw.strip();
    if (missing(name)) {
      return Countries.NONE;
    }
    int id = Countries.idOfName(name);
    if (id == Countries.NONE) {
      agg.unknownCountryName(name);
    }
    return id;
  }

  private static int countryCode(String raw) {
    String code = raw.strip();
    if (missing(code)) {
      return Countries.NONE;
    }
    int id = Countries.idOfCode(code);
    return id == Countries.NONE ? BAD : id;
  }

  private static boolean missing(String value) {
    return value.isEmpty() || value.equals("NA");
  }

  private static int[] isoDate(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return null;
    }
    return valid(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10));
  }

  private static int[] compactDate(String t) {
    if (t.length() != 8) {
      return null;
    }
    return valid(number(t, 0, 4), number(t, 4, 6), number(t, 6, 8));
  }

  private static int[] valid(int y, int m, int d) {
    return y >= 0 && m >= 0 && d >= 0 && CivilDate.isValid(y, m, d) ? new int[] {y, m, d} : null;
  }

  private static int number(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char ch = t.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + ch - '0';
    }
    return v;
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  private static int required(Map<String, Integer> index, String name, Location header) {
    Integer i = index.get(name.toLowerCase(Locale.ROOT));
    if (i == null) {
      throw UserException.of("missing-column", header,
          "expected a column named \"" + name + "\" in the header row, found none");
    }
    return i;
  }

  private static int optional(Map<String, Integer> index, String name) {
    Integer i = index.get(name.toLowerCase(Locale.ROOT));
    return i == null ? -1 : i;
  }

  static char delimiterOf(String header) {
    long tabs = header.chars().filter(ch -> ch == '\t').count();
    long commas = header.chars().filter(ch -> ch == ',').count();
    return tabs > commas ? '\t' : ',';
  }

  /** Splits a line; with {@code quoted}, a field may be in double quotes with "" for a quote. */
  static List<String> split(String line, char delimiter, boolean quoted) {
    List<String> fields = new ArrayList<>();
    int n = line.length();
    int i = 0;
    while (true) {
      if (quoted && i < n && line.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < n) {
          char ch = line.charAt(i);
          if (ch == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              sb.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          sb.append(ch);
          i++;
        }
        int next = line.indexOf(delimiter, i);
        if (next < 0) {
          sb.append(line, i, n);
          fields.add(sb.toString());
          return fields;
        }
        sb.append(line, i, next);
        fields.add(sb.toString());
        i = next + 1;
      } else {
        int next = line.indexOf(delimiter, i);
        if (next < 0) {
          fields.add(line.substring(i));
          return fields;
        }
        fields.add(line.substring(i, next));
        i = next + 1;
      }
    }
  }
}
