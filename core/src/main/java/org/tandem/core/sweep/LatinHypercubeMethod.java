package org.tandem.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/** Latin hypercube sampling ({@link LatinHypercube}) analysed by partial rank correlation ({@link Prcc}). */
final class LatinHypercubeMethod implements SweepMethod {

  @Override
  public String id() {
    return "lhs";
  }

  @Override
  public int defaultSamples() {
    return 100;
  }

  @Override
  public long points(int samples, int k) {
    return samples;
  }

  @Override
  public void checkSamples(int samples, int k) {
    if (samples < Prcc.minimumPoints(k)) {
      throw UserException.of("out-of-range", Location.of("--samples"), "--samples is " + samples + ", but PRCC of "
          + k + " parameters needs at least " + Prcc.minimumPoints(k) + " points (and ten times the parameters is a"
          + " sensible start)");
    }
  }

  @Override
  public double[][] design(List<Parameter> parameters, int samples, UniformRandomProvider rng) {
    int k = parameters.size();
    return Parameter.at(parameters, LatinHypercube.points(samples, new double[k], ones(k), rng));
  }

  @Override
  public Analysis analyze(List<Parameter> parameters, List<Output> outputs, double[][] points, double[][] values,
      UniformRandomProvider rng) {
    List<Correlation> out = new ArrayList<>();
    for (int o = 0; o < outputs.size(); o++) {
      double[] y = new double[values.length];
      for (int p = 0; p < values.length; p++) {
        y[p] = values[p][o];
      }
      List<PrccEstimate> estimates = Prcc.of(points, y);
      for (int i = 0; i < parameters.size(); i++) {
        out.add(new Correlation(parameters.get(i).path(), outputs.get(o).id(), estimates.get(i)));
      }
    }
    return new PrccTable(out);
  }

  /** The upper corner of the unit cube of k dimensions, in which designs are drawn before {@link Parameter#at}. */
  static double[] ones(int k) {
    double[] out = new double[k];
    Arrays.fill(out, 1);
    return out;
  }
}
