package org.tandem.core.sweep;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** A sensitivity method: which points to simulate, and what to conclude from their outputs. */
public interface SweepMethod {

  /** The name used on the command line. */
  String id();

  /** The number of samples used when none is given; 0 when the method takes none. */
  int defaultSamples();

  /**
   * The number of points for {@code samples} samples of {@code k} parameters, as a long so that a
   * design too large to hold is seen as such (see {@link Sweep#MAX_POINTS}) rather than overflowing.
   */
  long points(int samples, int k);

  /** Throws a user error when {@code samples} cannot work for {@code k} parameters. */
  void checkSamples(int samples, int k);

  /** The points to simulate, {@code [point][parameter]}, in parameter units, drawn from {@code rng}. */
  double[][] design(List<Parameter> parameters, int samples, UniformRandomProvider rng);

  /**
   * The analysis of the outputs {@code values[point][output]} at {@code points}; {@code rng} serves
   * resampling, if any.
   */
  Analysis analyze(List<Parameter> parameters, List<Output> outputs, double[][] points, double[][] values,
      UniformRandomProvider rng);
}
