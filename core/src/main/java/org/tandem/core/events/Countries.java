package org.tandem.core.events;

import java.util.HashMap;
import java.util.Map;

/**
 * One set of country codes for both sources: ISO 3166-1 alpha-3. GDELT's actor country codes are
 * CAMEO's three-letter codes, which are ISO alpha-3 for states (CAMEO's regional codes such as
 * {@code AFR} pass through unchanged); ICEWS writes country names, which the resource {@code
 * countries.tsv} maps to alpha-3 (ISO short names plus ICEWS's own spellings, e.g. "Russian
 * Federation"). A name not in that table is unknown and the caller reports it.
 *
 * <p>In the hot loop a three-letter code is an int id from 0 to {@link #ID_BOUND} - 1.
 */
public final class Countries {
  /** Ids of three-letter codes are below this bound (26 cubed). */
  public static final int ID_BOUND = 26 * 26 * 26;
  /** The id of "no country": an empty field, or a name the table does not know. */
  public static final int NONE = -1;

  private static final Map<String, Integer> BY_NAME = loadNames();

  private Countries() {}

  /** The id of a three-letter upper-case code, or {@link #NONE} if {@code code} is not one. */
  public static int idOfCode(String code) {
    if (code.length() != 3) {
      return NONE;
    }
    int id = 0;
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return NONE;
      }
      id = id * 26 + (c - 'A');
    }
    return id;
  }

  /** The three-letter code of an id. */
  public static String code(int id) {
    if (id < 0 || id >= ID_BOUND) {
      throw new IllegalArgumentException("no country with id " + id);
    }
    return new String(new char[] {(char) ('A' + id / 676), (char) ('A' + id / 26 % 26), (char) ('A' + id % 26)});
  }

  /** The id of an ICEWS-style country name, or {@link #NONE} when the table does not know it. */
  public static int idOfName(String name) {
    Integer id = BY_NAME.get(name);
    return id == null ? NONE : id;
  }

  /** The ISO alpha-3 code of an ICEWS-style country name, or null when unknown. */
  public static String iso3OfName(String name) {
    int id = idOfName(name);
    return id == NONE ? null : code(id);
  }

  private static Map<String, Integer> loadNames() {
    Map<String, Integer> names = new HashMap<>();
    for (String[] parts : ShippedTable.rows("countries.tsv")) {
      int id = idOfCode(parts[1]);
      if (id == NONE) {
        throw new IllegalStateException("countries.tsv: not a three-letter code: " + String.join("\t", parts));
      }
      names.put(parts[0], id);
    }
    return Map.copyOf(names);
  }
}
