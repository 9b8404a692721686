package org.tandem.core.sweep;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * A number of a scenario to vary, and over which range.
 *
 * @param path the number's assumption path, e.g. {@code steps.open-talks.moves}
 * @param low the lowest value, at most {@code high}
 * @param high the highest value
 * @param given where the range was written ({@code --param} or a params file's line), for errors
 */
public record ParameterRange(String path, double low, double high, Location given) {
  /** A decimal number as the scenario format writes one. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  public ParameterRange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(given, "given");
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      throw UserException.of("out-of-range", given, "the range of '" + path + "' must be finite numbers");
    }
    if (low > high) {
      throw UserException.of("out-of-range", given, String.format(Locale.ROOT,
          "the range of '%s' runs from %s to %s, but LOW must not be above HIGH", path, format(low), format(high)));
    }
  }

  /** Parses {@code PATH=LOW:HIGH}; a malformed text is a user error at {@code where}. */
  public static ParameterRange parse(String text, Location where) {
    String trimmed = text.trim();
    int equals = trimmed.indexOf('=');
    if (equals <= 0) {
      throw malformed(text, where);
    }
    String path = trimmed.substring(0, equals).trim();
    String[] ends = trimmed.substring(equals + 1).split(":", -1);
    if (path.isEmpty() || path.contains(" ") || ends.length != 2) {
      throw malformed(text, where);
    }
    return new ParameterRange(path, number(ends[0], text, where), number(ends[1], text, where), where);
  }

  /** The text this range is written as. */
  @Override
  public String toString() {
    return path + "=" + format(low) + ":" + format(high);
  }

  /** A number as short as it can be written and still read back exactly. */
  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private static double number(String s, String text, Location where) {
    String t = s.trim();
    if (!NUMBER.matcher(t).matches()) {
      throw malformed(text, where);
    }
    return Double.parseDouble(t);
  }

  private static UserException malformed(String text, Location where) {
    return UserException.of("wrong-type", where, "expected PATH=LOW:HIGH (e.g. steps.open-talks.moves=5:20) but found '"
        + text + "'");
  }
}
