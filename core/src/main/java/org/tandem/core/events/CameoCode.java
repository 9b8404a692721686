package org.tandem.core.events;

import java.util.Objects;

/**
 * A CAMEO event code, kept as the string it is: 2 to 4 ASCII digits whose first two digits, the root,
 * are 01 to 20. "010" and "10" are different codes (the second is not even valid as an event code of
 * the same event), so a code is never read as a number.
 *
 * <p>For the hot loop a code also has an int {@linkplain #key(int, int) key} that keeps the length,
 * so that tables can be flat arrays.
 */
public record CameoCode(String value) {
  /** Keys are below this bound: {@code length * 10_000 + digits}. */
  public static final int KEY_BOUND = 50_000;

  public CameoCode {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a CAMEO code (2 to 4 digits, root 01 to 20): \"" + value + "\"");
    }
  }

  /** Whether {@code text} is 2 to 4 ASCII digits with a root from 01 to 20. */
  public static boolean isValid(String text) {
    int n = text.length();
    if (n < 2 || n > 4) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      digits = digits * 10 + (c - '0');
    }
    return rootOf(n, digits) >= 1 && rootOf(n, digits) <= 20;
  }

  /** The root code, the first two digits, e.g. "01" for "010". */
  public CameoCode root() {
    return new CameoCode(value.substring(0, 2));
  }

  /** The root as a number 1 to 20. */
  public int rootNumber() {
    return Integer.parseInt(value.substring(0, 2));
  }

  /** The parent, the code without its last digit, or null for a root code. */
  public CameoCode parent() {
    return value.length() == 2 ? null : new CameoCode(value.substring(0, value.length() - 1));
  }

  /** The table key of this code. */
  public int key() {
    return key(value.length(), Integer.parseInt(value));
  }

  /** The table key of a code of {@code length} digits whose digits read as {@code digits}. */
  public static int key(int length, int digits) {
    return length * 10_000 + digits;
  }

  /** The root number of the code with {@code length} digits reading as {@code digits}. */
  public static int rootOf(int length, int digits) {
    return length == 2 ? digits : length == 3 ? digits / 10 : digits / 100;
  }

  @Override
  public String toString() {
    return value;
  }
}
