package org.tandem.core.events;

/**
 * A Goldstein table and a quad mapping flattened into arrays indexed by {@link CameoCode#key}, so
 * that a reader turns a code into its quad class and value with two array reads.
 */
public final class CodeBook {
  private final GoldsteinTable goldstein;
  private final QuadMapping quads;
  private final byte[] quadByKey = new byte[CameoCode.KEY_BOUND];

  public CodeBook(GoldsteinTable goldstein, QuadMapping quads) {
    this.goldstein = goldstein;
    this.quads = quads;
    for (int length = 2; length <= 4; length++) {
      int bound = length == 2 ? 100 : length == 3 ? 1000 : 10_000;
      for (int digits = 0; digits < bound; digits++) {
        int root = CameoCode.rootOf(length, digits);
        if (root >= 1 && root <= 20) {
          quadByKey[CameoCode.key(length, digits)] = (byte) quads.quadNumberOfRoot(root);
        }
      }
    }
  }

  public GoldsteinTable goldstein() {
    return goldstein;
  }

  public QuadMapping quads() {
    return quads;
  }

  /** The quad number 1 to 4 of the code with this key, or 0 if its root is not 01 to 20. */
  public int quad(int key) {
    return quadByKey[key];
  }

  /** The Goldstein value in tenths, after fallback to parent and root. */
  public int tenths(int key) {
    return goldstein.tenths(key);
  }

  /** Whether the code itself is in the table (no fallback). */
  public boolean listed(int key) {
    return goldstein.listed(key);
  }
}
