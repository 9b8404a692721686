package org.tandem.core.events.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.events.CameoCode;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.QuadMapping;

/**
 * Reads the user's lookup files: a Goldstein table ({@code --goldstein FILE}) and a root-to-quad
 * mapping ({@code --quad-map FILE}). Both are small text files in UTF-8 where blank lines and lines
 * starting with {@code #} are ignored. Every error names the file and line, and all of a file's
 * errors are reported together.
 */
public final class LookupFiles {
  private LookupFiles() {}

  /**
   * A Goldstein table written as the shipped ones are: one {@code CODE<TAB>VALUE} per line (a comma
   * instead of the tab also works), an optional header line such as {@code code<TAB>goldstein}. Codes
   * are CAMEO codes as text ({@code 010} is not {@code 10}); values are -10 to 10 in steps of 0.1;
   * every root 01 to 20 must be listed, since an unlisted code falls back to its parent and root.
   *
   * @throws UserException for an unreadable file, and for every malformed line, repeated code or
   *     missing root
   */
  public static GoldsteinTable goldstein(Path file) {
    String source = file.toString();
    List<Diagnostic> errors = new ArrayList<>();
    Map<String, Integer> tenths = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    boolean first = true;
    List<String> lines = lines(file, "bad-goldstein-table");
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      int line = i + 1;
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] fields = text.split(text.indexOf('\t') >= 0 ? "\t" : ",", -1);
      String head = unquote(fields[0]);
      boolean header = first && !head.isEmpty() && Character.isLetter(head.charAt(0));
      first = false;
      if (header) {
        continue;
      }
      Location at = new Location(source, line, 0);
      if (fields.length != 2) {
        errors.add(Diagnostic.error("bad-goldstein-table", at, "expected CODE<TAB>VALUE (two fields), found "
            + fields.length + " fields in \"" + clip(text) + "\""));
        continue;
      }
      String code = unquote(fields[0]);
      String value = unquote(fields[1]);
      if (!CameoCode.isValid(code)) {
        errors.add(Diagnostic.error("bad-goldstein-table", at, "expected a CAMEO code of 2 to 4 digits with root 01"
            + " to 20, found \"" + clip(code) + "\""));
        continue;
      }
      Integer t = tenths(value);
      if (t == null) {
        errors.add(Diagnostic.error("bad-goldstein-table", at, "expected a Goldstein value from -10 to 10 in steps"
            + " of 0.1 for code " + code + ", found \"" + clip(value) + "\""));
        continue;
      }
      Integer before = firstLine.putIfAbsent(code, line);
      if (before != null) {
        errors.add(Diagnostic.error("bad-goldstein-table", at, "code " + code + " is listed twice (first on line "
            + before + ")"));
        continue;
      }
      tenths.put(code, t);
    }
    if (errors.isEmpty()) {
      try {
        return GoldsteinTable.of(source, tenths);
      } catch (IllegalArgumentException e) {
        errors.add(Diagnostic.error("bad-goldstein-table", Location.of(source), e.getMessage()));
      }
    }
    throw new UserException(errors);
  }

  /**
   * A root-to-quad mapping written as {@code FROM-TO:QUAD} or {@code ROOT:QUAD} items (as for
   * {@code --quad-map 01-05:1,...}), one or more per line separated by commas. Every root 01 to 20
   * must be assigned exactly once.
   *
   * @throws UserException for an unreadable file, and for every malformed line, root assigned twice
   *     or root left out
   */
  public static QuadMapping quads(Path file) {
    String source = file.toString();
    List<Diagnostic> errors = new ArrayList<>();
    QuadMapping.Builder builder = new QuadMapping.Builder();
    List<String> lines = lines(file, "bad-quad-map");
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      try {
        builder.assign(text);
      } catch (IllegalArgumentException e) {
        errors.add(Diagnostic.error("bad-quad-map", new Location(source, i + 1, 0), e.getMessage()));
      }
    }
    if (errors.isEmpty()) {
      try {
        return builder.build();
      } catch (IllegalArgumentException e) {
        errors.add(Diagnostic.error("bad-quad-map", Location.of(source), e.getMessage()));
      }
    }
    throw new UserException(errors);
  }

  /** The file's lines, a byte-order mark and line-ending carriage returns removed. */
  private static List<String> lines(Path file, String code) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
        lines.set(0, lines.get(0).substring(1));
      }
      return lines;
    } catch (CharacterCodingException e) {
      throw UserException.of(code, Location.of(file.toString()), "expected a UTF-8 text file, found other bytes");
    } catch (IOException e) {
      throw UserException.of("unreadable-file", Location.of(file.toString()), "cannot read the file: " + e);
    }
  }

  /** A value in tenths, or null unless it is a decimal number from -10 to 10 with at most one place. */
  private static Integer tenths(String value) {
    if (!value.matches("[+-]?[0-9]{1,3}(\\.[0-9]{1,6})?")) {
      return null;
    }
    BigDecimal tenths = new BigDecimal(value).movePointRight(1);
    if (tenths.stripTrailingZeros().scale() > 0 || tenths.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
      return null;
    }
    return tenths.intValueExact();
  }

  private static String unquote(String field) {
    String f = field.strip();
    return f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1).strip() : f;
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
