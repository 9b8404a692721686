package org.tandem.core.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * One-at-a-time: the scenario as written, then each parameter at the low and at the high end of
 * its range with the others at the scenario's values (1 + 2k points). The result is a tornado of
 * output swings. It shows local effects around the scenario's values and misses interactions.
 */
final class OneAtATime implements SweepMethod {

  @Override
  public String id() {
    return "oat";
  }

  @Override
  public int defaultSamples() {
    return 0;
  }

  @Override
  public long points(int samples, int k) {
    return 1 + 2L * k;
  }

  @Override
  public void checkSamples(int samples, int k) {
    if (samples != 0) {
      throw UserException.of("out-of-range", Location.of("--samples"),
          "--samples has no meaning for method oat (it simulates the scenario, then each parameter's two ends)");
    }
  }

  @Override
  public double[][] design(List<Parameter> parameters, int samples, UniformRandomProvider rng) {
    int k = parameters.size();
    double[] base = ParameterSpace.baseValues(parameters);
    double[][] points = new double[1 + 2 * k][];
    points[0] = base;
    for (int i = 0; i < k; i++) {
      points[1 + 2 * i] = base.clone();
      points[1 + 2 * i][i] = parameters.get(i).range().low();
      points[2 + 2 * i] = base.clone();
      points[2 + 2 * i][i] = parameters.get(i).range().high();
    }
    return points;
  }

  @Override
  public Analysis analyze(List<Parameter> parameters, List<Output> outputs, double[][] points, double[][] values,
      UniformRandomProvider rng) {
    List<Swing> swings = new ArrayList<>();
    for (int o = 0; o < outputs.size(); o++) {
      List<Swing> forOutput = new ArrayList<>();
      for (int i = 0; i < parameters.size(); i++) {
        ParameterRange r = parameters.get(i).range();
        forOutput.add(new Swing(parameters.get(i).path(), outputs.get(o).id(), r.low(), r.high(),
            values[1 + 2 * i][o], values[2 + 2 * i][o], values[0][o]));
      }
      forOutput.sort(Comparator.comparingDouble(Swing::swing).reversed());
      swings.addAll(forOutput);
    }
    return new Tornado(swings);
  }
}
