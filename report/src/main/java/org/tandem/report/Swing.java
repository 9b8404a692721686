package org.tandem.report;

/**
 * One bar of a tornado chart: how far an output moves from its baseline when one parameter is set
 * to the low and to the high end of its range, the others held at their baseline values.
 *
 * @param parameter the parameter's path (as in {@code Scenario.assumptions()})
 * @param output the output it moves (e.g. {@code p:diplomatic-relations})
 * @param lowSwing output at the parameter's low end minus the baseline output
 * @param highSwing output at the parameter's high end minus the baseline output
 */
public record Swing(String parameter, String output, double lowSwing, double highSwing) {
  public Swing {
    if (!Double.isFinite(lowSwing) || !Double.isFinite(highSwing)) {
      throw new IllegalArgumentException("swings of " + parameter + " must be finite: " + lowSwing + ", " + highSwing);
    }
  }

  /** The width of the bar, by which tornado charts sort. */
  public double range() {
    return Math.abs(highSwing - lowSwing);
  }
}
