package org.tandem.core.sweep;

import java.util.List;
import org.tandem.core.scenario.Assumption;

/**
 * A number of the scenario being varied: what it is in the file and the range it is varied over.
 *
 * @param assumption the number as the scenario states it (path, value, source, location)
 * @param range the range it is varied over
 */
public record Parameter(Assumption assumption, ParameterRange range) {

  public String path() {
    return assumption.path();
  }

  /** The value the scenario gives it. */
  public double base() {
    return assumption.value();
  }

  /**
   * The value at {@code u}, a point of [0, 1] that a design draws uniformly: {@code low + u (high -
   * low)}, uniform on the range. A number that the format only accepts whole (such as
   * {@code breakdown.for}) takes each of the m = high - low + 1 whole values of the range with
   * equal probability: [0, 1) is cut into m equal parts and part j gives {@code low + j}, so
   * {@code low + floor(u m)}, and u = 1 gives {@code high}. (Rounding a uniform value instead would
   * make the two ends half as likely as the others.) Both are monotone in u, so the strata of a
   * Latin hypercube map onto whole values in order, {@code n / m} strata to each when the number of
   * points n is a multiple of m.
   */
  public double at(double u) {
    double low = range.low();
    double high = range.high();
    if (!assumption.wholeNumber()) {
      return low + (high - low) * u;
    }
    return Math.min(high, low + Math.floor(u * (high - low + 1)));
  }

  /** The points {@code unit[point][parameter]} of the unit cube at each parameter's {@link #at} value. */
  static double[][] at(List<Parameter> parameters, double[][] unit) {
    double[][] out = new double[unit.length][parameters.size()];
    for (int i = 0; i < unit.length; i++) {
      for (int j = 0; j < parameters.size(); j++) {
        out[i][j] = parameters.get(j).at(unit[i][j]);
      }
    }
    return out;
  }
}
