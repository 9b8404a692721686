package org.tandem.core.events;

/** The four quad classes of CAMEO events, numbered 1 to 4 as in GDELT's QuadClass column. */
public enum QuadClass {
  VERBAL_COOPERATION(1, "verbal cooperation"),
  MATERIAL_COOPERATION(2, "material cooperation"),
  VERBAL_CONFLICT(3, "verbal conflict"),
  MATERIAL_CONFLICT(4, "material conflict");

  private final int number;
  private final String label;

  QuadClass(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /** 1 to 4, as GDELT numbers them. */
  public int number() {
    return number;
  }

  public String label() {
    return label;
  }

  public boolean isConflict() {
    return number >= 3;
  }

  /** The quad class numbered {@code number} (1 to 4). */
  public static QuadClass of(int number) {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("quad class must be 1 to 4, was " + number);
    }
    return values()[number - 1];
  }
}
