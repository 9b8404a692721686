package org.tandem.core.events.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.tandem.core.events.CameoCode;
import org.tandem.core.events.CivilDate;
import org.tandem.core.events.CodeBook;
import org.tandem.core.events.Countries;
import org.tandem.core.events.EventRecord;
import org.tandem.core.events.PartialAggregate;

/**
 * Reads GDELT 1.0 and 2.0 export rows straight from bytes: it scans a buffer for tab and newline
 * positions and parses only the seven fields it needs, without building a String per field (a String
 * is built only to describe a rejected row). Memory is one buffer, whatever the size of the input.
 *
 * <p>Columns (0-based, the same in both versions up to AvgTone): 1 SQLDATE, 7 Actor1CountryCode, 17
 * Actor2CountryCode, 25 IsRootEvent, 26 EventCode, 32 NumSources.
 */
final class GdeltReader {
  static final int BUFFER = 1 << 20;
  private static final int MAX_TABS = 64;
  private static final int SQLDATE = 1;
  private static final int ACTOR1_COUNTRY = 7;
  private static final int ACTOR2_COUNTRY = 17;
  private static final int IS_ROOT = 25;
  private static final int EVENT_CODE = 26;
  private static final int NUM_SOURCES = 32;

  private final boolean version2;
  private final CodeBook book;
  private final int[] tabs = new int[MAX_TABS];
  private byte[] buf = new byte[BUFFER];
  private String source;
  private PartialAggregate agg;

  GdeltReader(EventFormat format, CodeBook book) {
    if (format != EventFormat.GDELT1 && format != EventFormat.GDELT2) {
      throw new IllegalArgumentException("not a GDELT format: " + format);
    }
    this.version2 = format == EventFormat.GDELT2;
    this.book = book;
  }

  /**
   * Reads every line of {@code in} into {@code agg}; line numbers count from 1 at the start of
   * {@code in}, and {@code agg} is told how many lines there were.
   */
  void read(InputStream in, String source, PartialAggregate agg) throws IOException {
    this.source = source;
    this.agg = agg;
    byte[] b = buf;
    int len = 0;
    int pos = 0;
    long line = 0;
    boolean eof = false;
    while (true) {
      while (len < b.length) {
        int n = in.read(b, len, b.length - len);
        if (n < 0) {
          eof = true;
          break;
        }
        len += n;
      }
      long scanned = scan(b, pos, len, line);
      if (scanned < 0) {
        agg.addLines(lines);
        return;
      }
      line = lines;
      int lineStart = (int) scanned;
      int nt = pendingTabs;
      pos = lineStart;
      if (eof) {
        if (pos < len) {
          line++;
          row(b, pos, len, nt, line);
        }
        break;
      }
      if (pos > 0) {
        System.arraycopy(b, pos, b, 0, len - pos);
        len -= pos;
        pos = 0;
      } else {
        b = Arrays.copyOf(b, b.length * 2);
        buf = b;
      }
    }
    agg.addLines(line);
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOWS = 0x7F7F_7F7F_7F7F_7F7FL;
  private static final long TABS = 0x0909_0909_0909_0909L;
  private static final long NEWLINES = 0x0A0A_0A0A_0A0A_0A0AL;
  /** Tabs of a line whose positions are needed: the one after the last column read (NumSources). */
  private static final int NEEDED_TABS = NUM_SOURCES + 1;

  /** The high bit of every byte of {@code x} that is zero, and no other bit (exact, no carries). */
  private static long zeroBytes(long x) {
    return ~(((x & LOWS) + LOWS) | x | LOWS);
  }

  /** Lines counted so far, and the tabs of the unfinished line, after {@link #scan}. */
  private long lines;
  private int pendingTabs;

  /**
   * Handles every complete line in b[from, to) and returns the start of the unfinished one (or -1
   * when a strict read must stop). Eight bytes at a time: an exact "zero byte" mask of the word XOR
   * the tab and the newline pattern marks the tabs and newlines, so a word with neither costs a few
   * instructions; once a line's tabs up to NumSources are known, the tabs of the remaining columns
   * are only counted (one bit count per word), since only their number is checked.
   */
  private long scan(byte[] b, int from, int to, long line) {
    int lineStart = from;
    int nt = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i);
      long t = zeroBytes(w ^ TABS);
      long n = zeroBytes(w ^ NEWLINES);
      if (n == 0 && nt >= NEEDED_TABS) {
        nt += Long.bitCount(t);
        continue;
      }
      long m = t | n;
      while (m != 0) {
        long bit = m & -m;
        int at = i + (Long.numberOfTrailingZeros(m) >>> 3);
        m ^= bit;
        if ((t & bit) != 0) {
          if (nt < MAX_TABS) {
            tabs[nt] = at;
          }
          nt++;
        } else {
          line++;
          row(b, lineStart, at, nt, line);
          if (agg.stopped()) {
            lines = line;
            return -1;
          }
          lineStart = at + 1;
          nt = 0;
        }
      }
    }
    for (; i < to; i++) {
      byte c = b[i];
      if (c == '\t') {
        if (nt < MAX_TABS) {
          tabs[nt] = i;
        }
        nt++;
      } else if (c == '\n') {
        line++;
        row(b, lineStart, i, nt, line);
        if (agg.stopped()) {
          lines = line;
          return -1;
        }
        lineStart = i + 1;
        nt = 0;
      }
    }
    lines = line;
    pendingTabs = nt;
    return lineStart;
  }

  private int fieldStart(int lineStart, int k) {
    return k == 0 ? lineStart : tabs[k - 1] + 1;
  }

  private int fieldEnd(int lineEnd, int nt, int k) {
    return k < nt ? tabs[k] : lineEnd;
  }

  private void row(byte[] b, int s, int e, int nt, long line) {
    if (e > s && b[e - 1] == '\r') {
      e--;
    }
    if (e == s) {
      return;
    }
    int columns = nt + 1;
    if (version2 ? columns != 61 : columns != 57 && columns != 58) {
      agg.reject(source, line, "column-count", "expected " + (version2 ? "61 tab-separated columns (GDELT 2.0)"
          : "57 or 58 tab-separated columns (GDELT 1.0)") + ", found " + columns);
      return;
    }
    agg.countLayout(columns);

    int ds = fieldStart(s, SQLDATE);
    int de = fieldEnd(e, nt, SQLDATE);
    int date = de - ds == 8 ? digits(b, ds, de) : -1;
    int year = date / 10_000;
    int month = date / 100 % 100;
    int day = date % 100;
    if (date < 0 || !CivilDate.isValid(year, month, day)) {
      agg.reject(source, line, "bad-date", "expected SQLDATE as YYYYMMDD (column 2), found " + text(b, ds, de));
      return;
    }
    int actor1 = country(b, fieldStart(s, ACTOR1_COUNTRY), fieldEnd(e, nt, ACTOR1_COUNTRY));
    int actor2 = country(b, fieldStart(s, ACTOR2_COUNTRY), fieldEnd(e, nt, ACTOR2_COUNTRY));
    if (actor1 == BAD || actor2 == BAD) {
      int k = actor1 == BAD ? ACTOR1_COUNTRY : ACTOR2_COUNTRY;
      agg.reject(source, line, "bad-country-code", "expected an empty or three-letter country code (column "
          + (k + 1) + "), found " + text(b, fieldStart(s, k), fieldEnd(e, nt, k)));
      return;
    }
    int rs = fieldStart(s, IS_ROOT);
    int re = fieldEnd(e, nt, IS_ROOT);
    int root = re - rs == 1 ? b[rs] - '0' : -1;
    if (root != 0 && root != 1) {
      agg.reject(source, line, "bad-root-flag", "expected IsRootEvent 0 or 1 (column 26), found " + text(b, rs, re));
      return;
    }
    int cs = fieldStart(s, EVENT_CODE);
    int ce = fieldEnd(e, nt, EVENT_CODE);
    int codeLength = ce - cs;
    int code = codeLength >= 2 && codeLength <= 4 ? digits(b, cs, ce) : -1;
    int key = code < 0 ? 0 : CameoCode.key(codeLength, code);
    int quad = code < 0 ? 0 : book.quad(key);
    if (quad == 0) {
      agg.reject(source, line, "bad-event-code", "expected a CAMEO event code of 2 to 4 digits with root 01 to 20"
          + " (column 27), found " + text(b, cs, ce));
      return;
    }
    int ss = fieldStart(s, NUM_SOURCES);
    int se = fieldEnd(e, nt, NUM_SOURCES);
    int sources = se > ss && se - ss <= 9 ? digits(b, ss, se) : -1;
    if (sources < 0) {
      agg.reject(source, line, "bad-number", "expected NumSources as a whole number (column 33), found "
          + text(b, ss, se));
      return;
    }
    if (agg.recording()) {
      int ie = fieldEnd(e, nt, 0);
      if (ie == s) {
        agg.reject(source, line, "missing-value", "expected GLOBALEVENTID in column 1, found none");
        return;
      }
      String id = new String(b, s, ie - s, StandardCharsets.UTF_8);
      String problem = EventRecord.idProblem(id);
      if (problem != null) {
        agg.reject(source, line, "bad-event-id", "expected GLOBALEVENTID of at most " + EventRecord.MAX_ID_LENGTH
            + " characters and no control character in column 1, found " + problem);
        return;
      }
      agg.record(new EventRecord("gdelt", id, LocalDate.of(year, month, day), EventRecord.country(actor1),
          EventRecord.country(actor2), new String(b, cs, codeLength, StandardCharsets.US_ASCII), book.tenths(key),
          quad, root, sources));
    }
    agg.accept(actor1, actor2, year, month, day, quad, book.tenths(key), book.listed(key), root, sources);
  }

  private static final int BAD = -2;

  private static int country(byte[] b, int s, int e) {
    if (e == s) {
      return Countries.NONE;
    }
    if (e - s != 3) {
      return BAD;
    }
    int id = 0;
    for (int i = s; i < e; i++) {
      int c = b[i] - 'A';
      if (c < 0 || c > 25) {
        return BAD;
      }
      id = id * 26 + c;
    }
    return id;
  }

  /** The digits of b[s..e) as a number, or -1 if any byte is not a digit. At most 9 digits. */
  private static int digits(byte[] b, int s, int e) {
    int v = 0;
    for (int i = s; i < e; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static String text(byte[] b, int s, int e) {
    if (e == s) {
      return "an empty field";
    }
    String t = new String(b, s, Math.min(e - s, 40), StandardCharsets.UTF_8);
    return "\"" + t + (e - s > 40 ? "...\"" : "\"");
  }
}
