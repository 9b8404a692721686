package org.tandem.core.scenario;

/**
 * An uncertain number, drawn once per use. Validated on construction: the loader reports bad
 * parameters as user errors before building one.
 */
public sealed interface Distribution {

  /** The smallest value a draw can take. */
  double lowest();

  /** The largest value a draw can take (may be infinite). */
  double highest();

  /** Always {@code value}. */
  record Fixed(double value) implements Distribution {
    public Fixed {
      requireFinite(value, "value");
    }

    @Override
    public double lowest() {
      return value;
    }

    @Override
    public double highest() {
      return value;
    }
  }

  /** Uniform on [min, max]. */
  record Uniform(double min, double max) implements Distribution {
    public Uniform {
      requireFinite(min, "min");
      requireFinite(max, "max");
      if (max < min) {
        throw new IllegalArgumentException("max < min");
      }
    }

    @Override
    public double lowest() {
      return min;
    }

    @Override
    public double highest() {
      return max;
    }
  }

  /** Triangular on [min, max] with its peak at mode. */
  record Triangular(double min, double mode, double max) implements Distribution {
    public Triangular {
      requireFinite(min, "min");
      requireFinite(mode, "mode");
      requireFinite(max, "max");
      if (!(min <= mode && mode <= max)) {
        throw new IllegalArgumentException("need min <= mode <= max");
      }
    }

    @Override
    public double lowest() {
      return min;
    }

    @Override
    public double highest() {
      return max;
    }
  }

  /** Log-normal with the given median and standard deviation of the logarithm. */
  record LogNormal(double median, double sigma) implements Distribution {
    public LogNormal {
      requireFinite(median, "median");
      requireFinite(sigma, "sigma");
      if (median <= 0 || sigma < 0) {
        throw new IllegalArgumentException("need median > 0 and sigma >= 0");
      }
    }

    @Override
    public double lowest() {
      return 0;
    }

    @Override
    public double highest() {
      return sigma == 0 ? median : Double.POSITIVE_INFINITY;
    }
  }

  private static void requireFinite(double v, String name) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite");
    }
  }
}
