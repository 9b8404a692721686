package org.tandem.core.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/** A Saltelli design ({@link SaltelliDesign}) analysed into Sobol' indices ({@link SobolIndices}). */
final class SobolMethod implements SweepMethod {
  /** Fewer base rows than this give intervals too wide to say anything. */
  static final int MINIMUM_SAMPLES = 16;

  @Override
  public String id() {
    return "sobol";
  }

  @Override
  public int defaultSamples() {
    return 128;
  }

  @Override
  public long points(int samples, int k) {
    return (long) samples * (k + 2);
  }

  @Override
  public void checkSamples(int samples, int k) {
    if (samples < MINIMUM_SAMPLES) {
      throw UserException.of("out-of-range", Location.of("--samples"), "--samples is " + samples
          + ", but a Sobol' design needs at least " + MINIMUM_SAMPLES + " base rows (it simulates samples x (k + 2)"
          + " points)");
    }
  }

  @Override
  public double[][] design(List<Parameter> parameters, int samples, UniformRandomProvider rng) {
    int k = parameters.size();
    return Parameter.at(parameters, SaltelliDesign.points(samples, new double[k], LatinHypercubeMethod.ones(k), rng));
  }

  @Override
  public Analysis analyze(List<Parameter> parameters, List<Output> outputs, double[][] points, double[][] values,
      UniformRandomProvider rng) {
    List<SobolIndex> out = new ArrayList<>();
    for (int o = 0; o < outputs.size(); o++) {
      double[] y = new double[values.length];
      for (int p = 0; p < values.length; p++) {
        y[p] = values[p][o];
      }
      List<SobolEstimate> estimates = SobolIndices.fromDesign(y, parameters.size(), rng);
      for (int i = 0; i < parameters.size(); i++) {
        out.add(new SobolIndex(parameters.get(i).path(), outputs.get(o).id(), estimates.get(i)));
      }
    }
    return new SobolTable(out);
  }
}
