package org.tandem.core.events;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CAMEO code to Goldstein (1992) value table. Two variants ship as resources of this package,
 * transcribed from the public lookups (provenance in docs/events.md and in each file's header): GDELT's
 * {@code CAMEO.goldsteinscale.txt} (311 codes) and the ICEWS codebook (312 codes). They differ at 016,
 * 022, 164 and 165, and ICEWS adds 1213.
 *
 * <p>All values are multiples of 0.1, so they are held as whole tenths: sums are exact integers and
 * merging partial sums in any order gives the same result.
 */
public final class GoldsteinTable {
  /** Marks a key with no value, even after falling back to the parent and the root. */
  public static final int NONE = Integer.MIN_VALUE;

  /** The two tables that ship with tandem. */
  public enum Variant {
    GDELT("goldstein-gdelt.tsv"), ICEWS("goldstein-icews.tsv");

    private final String resource;

    Variant(String resource) {
      this.resource = resource;
    }

    /** Lower-case name, as the command line writes it. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Loaded on first use, so a run that needs one table does not read both. */
  private static final class Gdelt {
    static final GoldsteinTable TABLE = load(Variant.GDELT);
  }

  private static final class Icews {
    static final GoldsteinTable TABLE = load(Variant.ICEWS);
  }

  private final Variant variant;
  private final String name;
  private final Map<String, Integer> exact;
  /** Tenths by key, with the fallback to parent and root already applied. */
  private final int[] resolved;
  /** Whether the key's value is the code's own (not a parent's or root's). */
  private final boolean[] own;

  private GoldsteinTable(Variant variant, String name, Map<String, Integer> exact) {
    this.variant = variant;
    this.name = name;
    this.exact = Collections.unmodifiableMap(new TreeMap<>(exact));
    this.resolved = new int[CameoCode.KEY_BOUND];
    this.own = new boolean[CameoCode.KEY_BOUND];
    Arrays.fill(resolved, NONE);
    for (Map.Entry<String, Integer> e : exact.entrySet()) {
      int key = new CameoCode(e.getKey()).key();
      resolved[key] = e.getValue();
      own[key] = true;
    }
    // Shorter codes first, so that a parent's value, itself resolved, is there when its children look.
    for (int length = 3; length <= 4; length++) {
      int bound = length == 3 ? 1000 : 10_000;
      for (int digits = 0; digits < bound; digits++) {
        int key = CameoCode.key(length, digits);
        if (!own[key]) {
          resolved[key] = resolved[CameoCode.key(length - 1, digits / 10)];
        }
      }
    }
  }

  /** One of the shipped tables. */
  public static GoldsteinTable of(Variant variant) {
    return variant == Variant.GDELT ? Gdelt.TABLE : Icews.TABLE;
  }

  /**
   * A table of the user's: code to value in tenths, every code a valid CAMEO code and every root 01
   * to 20 listed (a code the table does not list falls back to its root).
   *
   * @param name what the table is called in messages, e.g. its file
   * @throws IllegalArgumentException naming the roots that are missing, or an invalid code or value
   */
  public static GoldsteinTable of(String name, Map<String, Integer> tenthsByCode) {
    StringBuilder missing = new StringBuilder();
    for (Map.Entry<String, Integer> e : tenthsByCode.entrySet()) {
      if (!CameoCode.isValid(e.getKey())) {
        throw new IllegalArgumentException("not a CAMEO code: \"" + e.getKey() + "\"");
      }
      if (Math.abs(e.getValue()) > 100) {
        throw new IllegalArgumentException("Goldstein value of " + e.getKey() + " must be -10 to 10, was "
            + e.getValue() / 10.0);
      }
    }
    for (int r = 1; r <= 20; r++) {
      String root = r < 10 ? "0" + r : Integer.toString(r);
      if (!tenthsByCode.containsKey(root)) {
        missing.append(missing.length() == 0 ? "" : ", ").append(root);
      }
    }
    if (missing.length() > 0) {
      throw new IllegalArgumentException((missing.indexOf(",") < 0 ? "root code " + missing + " is" : "root codes "
          + missing + " are") + " not listed (every root 01 to 20 needs a value: codes the table does not list"
          + " fall back to it)");
    }
    return new GoldsteinTable(null, name, tenthsByCode);
  }

  private static GoldsteinTable load(Variant variant) {
    Map<String, Integer> values = new TreeMap<>();
    for (String[] parts : ShippedTable.rows(variant.resource)) {
      values.put(new CameoCode(parts[0]).value(), (int) Math.round(Double.parseDouble(parts[1]) * 10));
    }
    return new GoldsteinTable(variant, variant.id(), values);
  }

  /** The shipped table this is, or null for a table of the user's. */
  public Variant variant() {
    return variant;
  }

  /** {@code gdelt}, {@code icews}, or the name a table of the user's was given (its file). */
  public String name() {
    return name;
  }

  /** Every code listed in the table with its value in tenths, sorted by code. */
  public Map<String, Integer> entries() {
    return exact;
  }

  /** The value listed for exactly this code, or NaN when the table does not list it. */
  public double exactValue(String code) {
    Integer tenths = exact.get(code);
    return tenths == null ? Double.NaN : tenths / 10.0;
  }

  /**
   * The value of {@code code}; a code the table does not list takes its parent's value (the code
   * without its last digit), and failing that its root's. Every root 01 to 20 is listed.
   */
  public double value(CameoCode code) {
    return tenths(code.key()) / 10.0;
  }

  /** The value in tenths of the code with this key, after fallback; {@link #NONE} if none. */
  public int tenths(int key) {
    return resolved[key];
  }

  /** Whether the code with this key is listed itself, so that no fallback was needed. */
  public boolean listed(int key) {
    return own[key];
  }
}
