package org.tandem.core.events;

import java.util.Arrays;

/**
 * Which quad class each CAMEO root code (01 to 20) belongs to. The default is GDELT's, verified on
 * real GDELT rows (docs/events.md): 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal
 * conflict, 15-20 material conflict. Other groupings exist (PLOVER's, or write-ups that put 05 in
 * material cooperation), so the mapping is a value a caller can replace.
 */
public final class QuadMapping {
  private static final QuadMapping GDELT = parse("01-05:1,06-09:2,10-14:3,15-20:4");

  /** Index = root number 1 to 20; value = quad number 1 to 4. */
  private final byte[] quadByRoot;

  private QuadMapping(byte[] quadByRoot) {
    this.quadByRoot = quadByRoot;
  }

  /** GDELT's grouping, the default. */
  public static QuadMapping gdelt() {
    return GDELT;
  }

  /**
   * Reads a mapping written as comma-separated {@code FROM-TO:QUAD} or {@code ROOT:QUAD} items,
   * e.g. {@code 01-05:1,06-09:2,10-14:3,15-20:4}. Every root 01 to 20 must be assigned exactly once.
   *
   * @throws IllegalArgumentException naming the item that is wrong
   */
  public static QuadMapping parse(String spec) {
    Builder builder = new Builder();
    builder.assign(spec);
    return builder.build();
  }

  /**
   * Collects items one part of a text at a time (a file, line by line), so that an error can name
   * the part it is in.
   */
  public static final class Builder {
    private final byte[] quads = new byte[21];

    /**
     * Assigns the comma-separated items of {@code items}.
     *
     * @throws IllegalArgumentException naming the item that is wrong or assigns a root again
     */
    public Builder assign(String items) {
      for (String raw : items.split(",", -1)) {
        assignItem(raw.strip());
      }
      return this;
    }

    private void assignItem(String item) {
      int colon = item.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("expected ROOT:QUAD or FROM-TO:QUAD, found \"" + item + "\"");
      }
      String range = item.substring(0, colon);
      int dash = range.indexOf('-');
      int from = root(dash < 0 ? range : range.substring(0, dash), item);
      int to = root(dash < 0 ? range : range.substring(dash + 1), item);
      int quad;
      try {
        quad = Integer.parseInt(item.substring(colon + 1).strip());
      } catch (NumberFormatException e) {
        quad = 0;
      }
      if (quad < 1 || quad > 4) {
        throw new IllegalArgumentException("quad class must be 1 to 4 in \"" + item + "\"");
      }
      if (from > to) {
        throw new IllegalArgumentException("range runs backwards in \"" + item + "\"");
      }
      for (int r = from; r <= to; r++) {
        if (quads[r] != 0) {
          throw new IllegalArgumentException("root " + twoDigits(r) + " is assigned twice");
        }
      }
      for (int r = from; r <= to; r++) {
        quads[r] = (byte) quad;
      }
    }

    /**
     * The mapping.
     *
     * @throws IllegalArgumentException naming the roots that have no quad class
     */
    public QuadMapping build() {
      StringBuilder missing = new StringBuilder();
      for (int r = 1; r <= 20; r++) {
        if (quads[r] == 0) {
          missing.append(missing.length() == 0 ? "" : ", ").append(twoDigits(r));
        }
      }
      if (missing.length() > 0) {
        throw new IllegalArgumentException((missing.indexOf(",") < 0 ? "root " + missing + " has" : "roots "
            + missing + " have") + " no quad class (every root 01 to 20 needs one)");
      }
      return new QuadMapping(quads.clone());
    }
  }

  private static int root(String text, String item) {
    String t = text.strip();
    if (t.length() != 2 || !Character.isDigit(t.charAt(0)) || !Character.isDigit(t.charAt(1))) {
      throw new IllegalArgumentException("expected a two-digit root code 01 to 20 in \"" + item + "\"");
    }
    int r = Integer.parseInt(t);
    if (r < 1 || r > 20) {
      throw new IllegalArgumentException("root code must be 01 to 20 in \"" + item + "\"");
    }
    return r;
  }

  private static String twoDigits(int r) {
    return r < 10 ? "0" + r : Integer.toString(r);
  }

  /** The quad class of root number {@code root} (1 to 20). */
  public QuadClass quadOfRoot(int root) {
    return QuadClass.of(quadNumberOfRoot(root));
  }

  /** The quad number 1 to 4 of root number {@code root} (1 to 20). */
  public int quadNumberOfRoot(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("root code must be 1 to 20, was " + root);
    }
    return quadByRoot[root];
  }

  /** The quad class of a code, by its root. */
  public QuadClass quadOf(CameoCode code) {
    return quadOfRoot(code.rootNumber());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuadMapping other && Arrays.equals(quadByRoot, other.quadByRoot);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(quadByRoot);
  }
}
