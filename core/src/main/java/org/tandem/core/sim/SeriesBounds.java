package org.tandem.core.sim;

import org.tandem.core.scenario.Distribution;

/** The value range of each recorded series, which fixes its histogram bins. */
final class SeriesBounds {
  private SeriesBounds() {}

  /** [lo0, hi0, lo1, hi1, ...] for the series of {@code model}, in {@code seriesNames} order. */
  static double[] of(CompiledScenario model) {
    int n = model.seriesNames.size();
    double[] bounds = new double[2 * n];
    for (int v = 0; v < model.variables; v++) {
      bounds[2 * v] = model.variableMin[v];
      bounds[2 * v + 1] = model.variableMax[v];
    }
    if (model.hasCapability) {
      double material = upper(model.material) + model.months * upper(model.production);
      double warheads = upper(model.warheads) + Math.min(model.months * upper(model.assembly),
          material / Math.max(lower(model.perWarhead), 1e-9));
      int w = model.variables;
      bounds[2 * w] = 0;
      bounds[2 * w + 1] = Math.max(1, warheads);
      bounds[2 * w + 2] = 0;
      bounds[2 * w + 3] = Math.max(1, material);
    }
    return bounds;
  }

  /** The largest value worth binning: the maximum, or for a log-normal its median x e^(4 sigma). */
  private static double upper(Distribution d) {
    if (d instanceof Distribution.LogNormal l) {
      return l.median() * Math.exp(4 * l.sigma());
    }
    return d.highest();
  }

  private static double lower(Distribution d) {
    if (d instanceof Distribution.LogNormal l) {
      return l.median() * Math.exp(-4 * l.sigma());
    }
    return d.lowest();
  }
}
