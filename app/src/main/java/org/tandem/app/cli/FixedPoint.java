package org.tandem.app.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes a double with a fixed number of decimals, exactly as {@code String.format(Locale.ROOT,
 * "%.Nf", x)} does (the shortest decimal that reads back as {@code x}, rounded half up), without
 * {@link java.util.Formatter}: a short command that writes a hundred rows spent more time starting
 * up the formatter than writing them.
 */
final class FixedPoint {
  private FixedPoint() {}

  /** {@code x} with {@code places} decimals; NaN and infinities as {@code String.format} writes them. */
  static String format(double x, int places) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Double.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
    }
    String digits = new BigDecimal(Double.toString(x)).setScale(places, RoundingMode.HALF_UP).toPlainString();
    // BigDecimal has no negative zero; the formatter keeps the sign of -0.0 and of what rounds to 0.
    return (x < 0 || x == 0 && 1 / x < 0) && !digits.startsWith("-") ? "-" + digits : digits;
  }
}
