package org.tandem.core.result;

/**
 * The simulated distribution of one series in each month: how many runs fell in each of
 * {@code bins} equal bins from {@code low} to {@code low + bins * width}. Within a bin the values
 * are taken as spread evenly, so the distribution function is piecewise linear. Values above the
 * range were counted in the top bin and values below it in the bottom one (see
 * {@link SeriesResult#overflow()}).
 *
 * @param counts {@code counts[month * bins + bin]}
 * @param runs the runs counted in each month
 */
public record SeriesHistogram(double low, double width, int bins, long runs, int[] counts) {
  public SeriesHistogram {
    counts = counts.clone();
    if (bins < 1 || !(width > 0) || runs < 1 || counts.length % bins != 0) {
      throw new IllegalArgumentException("a histogram needs bins >= 1, width > 0, runs >= 1 and whole months: bins="
          + bins + " width=" + width + " runs=" + runs + " counts=" + counts.length);
    }
  }

  /** Months held. */
  public int months() {
    return counts.length / bins;
  }

  /** The share of runs at or below {@code x} in month {@code month}, read from the piecewise-linear distribution. */
  public double cdf(int month, double x) {
    double high = low + bins * width;
    if (x <= low) {
      return 0;
    }
    if (x >= high) {
      return 1;
    }
    int offset = month * bins;
    int bin = Math.min(bins - 1, (int) ((x - low) / width));
    long before = 0;
    for (int b = 0; b < bin; b++) {
      before += counts[offset + b];
    }
    double within = (x - (low + bin * width)) / width;
    return (before + counts[offset + bin] * within) / runs;
  }

  /**
   * The continuous ranked probability score of this month's distribution F for the observed value
   * {@code y}: {@code CRPS(F, y) = integral of (F(x) - 1{x >= y})^2 dx} over the real line
   * (Matheson and Winkler 1976, Management Science 22(10):1087-1096; Gneiting and Raftery 2007,
   * "Strictly proper scoring rules, prediction, and estimation", JASA 102(477):359-378, eq. 20). It
   * is in the units of the series; 0 is a certain and right forecast, and for a forecast certain of
   * one value {@code v} it is {@code |v - y|}. Computed exactly for the piecewise-linear F: on a
   * stretch of length L where F - 1{x >= y} runs linearly from u to v, the integral is
   * {@code L (u^2 + u v + v^2) / 3}.
   */
  public double crps(int month, double y) {
    double high = low + bins * width;
    double total = 0;
    if (y < low) {
      total += low - y;
    } else if (y > high) {
      total += y - high;
    }
    int offset = month * bins;
    long cumulative = 0;
    for (int b = 0; b < bins; b++) {
      double a = low + b * width;
      double c = a + width;
      double fa = cumulative / (double) runs;
      cumulative += counts[offset + b];
      double fc = cumulative / (double) runs;
      if (y <= a) {
        total += squared(fa - 1, fc - 1, width);
      } else if (y >= c) {
        total += squared(fa, fc, width);
      } else {
        double fy = fa + (fc - fa) * (y - a) / width;
        total += squared(fa, fy, y - a) + squared(fy - 1, fc - 1, c - y);
      }
    }
    return total;
  }

  /** The integral over a stretch of length {@code length} of the square of a line from u to v. */
  private static double squared(double u, double v, double length) {
    return length * (u * u + u * v + v * v) / 3;
  }
}
