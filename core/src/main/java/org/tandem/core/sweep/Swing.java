package org.tandem.core.sweep;

/**
 * How far one output moves when one parameter goes from the low to the high end of its range,
 * the others at the scenario's values.
 *
 * @param atLow the output with the parameter at {@code low}
 * @param atHigh the output with the parameter at {@code high}
 * @param base the output with every parameter at the scenario's values
 */
public record Swing(String parameter, String output, double low, double high, double atLow, double atHigh, double base) {

  /**
   * |atHigh - atLow|. Always defined: 0 for an output that does not vary at all, which is what
   * one-at-a-time measures (unlike PRCC and Sobol' indices, which are undefined then).
   */
  public double swing() {
    return Math.abs(atHigh - atLow);
  }
}
