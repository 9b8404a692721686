package org.tandem.core.events;

import java.util.Arrays;

/** Hand-made GDELT rows for tests: every column filled with a plausible value, the key ones chosen. */
public final class GdeltRows {
  private GdeltRows() {}

  /** A row of {@code columns} columns (57, 58 or 61) with the given key fields. */
  public static String row(int columns, String date, String actor1, String actor2, String root, String code,
      String sources) {
    String[] f = new String[columns];
    Arrays.fill(f, "");
    f[0] = "1";
    f[1] = date;
    f[2] = date.length() >= 6 ? date.substring(0, 6) : date;
    f[3] = date.length() >= 4 ? date.substring(0, 4) : date;
    f[4] = "2018.4";
    f[5] = actor1;
    f[7] = actor1;
    f[15] = actor2;
    f[17] = actor2;
    f[25] = root;
    f[26] = code;
    f[27] = code.length() >= 3 ? code.substring(0, 3) : code;
    f[28] = code.length() >= 2 ? code.substring(0, 2) : code;
    f[29] = "1";
    f[30] = "0.0";
    f[31] = sources;
    f[32] = sources;
    f[33] = sources;
    f[34] = "-1.5";
    if (columns >= 58) {
      f[columns - 1] = "http://example.org/a";
      f[columns - 2] = "20180601";
    }
    return String.join("\t", f);
  }

  /** A GDELT 1.0 row with SOURCEURL (58 columns). */
  public static String row(String date, String actor1, String actor2, String code) {
    return row(58, date, actor1, actor2, "1", code, "2");
  }
}
