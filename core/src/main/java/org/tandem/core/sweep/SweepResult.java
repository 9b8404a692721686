package org.tandem.core.sweep;

import java.util.List;

/**
 * A finished sweep: its manifest, the parameters and outputs, every point with its outputs, and
 * the method's analysis.
 *
 * @param points {@code [point][parameter]} values simulated
 * @param values {@code [point][output]} outputs found
 */
public record SweepResult(SweepManifest manifest, List<Parameter> parameters, List<Output> outputs, double[][] points,
    double[][] values, Analysis analysis) {

  public SweepResult {
    parameters = List.copyOf(parameters);
    outputs = List.copyOf(outputs);
    points = deepCopy(points);
    values = deepCopy(values);
  }

  @Override
  public double[][] points() {
    return deepCopy(points);
  }

  @Override
  public double[][] values() {
    return deepCopy(values);
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }
}
