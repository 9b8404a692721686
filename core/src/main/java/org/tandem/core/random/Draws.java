package org.tandem.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.tandem.core.scenario.Distribution;

/** Draws from a scenario's {@link Distribution}s. */
public final class Draws {
  private Draws() {}

  /**
   * One value of {@code d}. Uniform and triangular use one uniform draw each (triangular by its
   * inverse distribution function); log-normal uses one standard normal draw from {@code gaussian};
   * fixed uses none.
   */
  public static double draw(Distribution d, UniformRandomProvider rng, NormalizedGaussianSampler gaussian) {
    if (d instanceof Distribution.Fixed f) {
      return f.value();
    }
    if (d instanceof Distribution.Uniform u) {
      return u.min() + (u.max() - u.min()) * rng.nextDouble();
    }
    if (d instanceof Distribution.Triangular t) {
      return triangular(t.min(), t.mode(), t.max(), rng.nextDouble());
    }
    Distribution.LogNormal l = (Distribution.LogNormal) d;
    return l.median() * StrictMath.exp(l.sigma() * gaussian.sample());
  }

  /** The triangular distribution's inverse distribution function at {@code u} in [0, 1). */
  public static double triangular(double min, double mode, double max, double u) {
    double width = max - min;
    if (width == 0) {
      return min;
    }
    double split = (mode - min) / width;
    if (u < split) {
      return min + Math.sqrt(u * width * (mode - min));
    }
    return max - Math.sqrt((1 - u) * width * (max - mode));
  }
}
