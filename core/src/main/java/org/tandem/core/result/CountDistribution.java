package org.tandem.core.result;

import java.util.Arrays;

/**
 * The simulated distribution of how many times a stochastic event fired in one calendar year: the
 * share of runs with 0, 1, ..., {@link #MAX} firings. An event draws once a month and fires at most
 * once, so a year holds at most 12; a year only partly inside the simulated period counts only its
 * simulated {@code months}, which bound its count.
 *
 * <p>Scores for an observed count y, for this integer-valued forecast with probabilities p(k) and
 * distribution function F(k) = p(0) + ... + p(k):
 *
 * <ul>
 *   <li>{@link #midPercentile}: 100 (F(y - 1) + p(y) / 2), the mid-distribution function, which
 *       splits the probability of the observed count itself in half (so a forecast certain of the
 *       observed count puts it at the 50th percentile, not the 100th);
 *   <li>{@link #quantile}: the smallest k with F(k) &gt;= level. The central interval
 *       [q(alpha / 2), q(1 - alpha / 2)] then holds at least 1 - alpha of the probability (F(u) -
 *       F(l - 1) &gt;= (1 - alpha / 2) - alpha / 2), usually more, since a discrete distribution
 *       cannot be cut at an exact share;
 *   <li>{@link #crps}: the ranked probability score over the counts, CRPS(F, y) = sum over k &gt;= 0
 *       of (F(k) - 1{k &gt;= y})^2, which for an integer y equals the continuous ranked probability
 *       score of the step function F (Gneiting and Raftery 2007, "Strictly proper scoring rules,
 *       prediction, and estimation", JASA 102(477):359-378, eq. 20; for count data Czado, Gneiting
 *       and Held 2009, "Predictive model assessment for count data", Biometrics 65(4):1254-1261). In
 *       firings; for a forecast certain of the count v it is |v - y|.
 * </ul>
 *
 * @param months the simulated months of the year (1 to 12)
 * @param probabilities {@code probabilities[k]}: the share of runs with k firings, k = 0 to
 *     {@link #MAX}; a shorter array means zeros after its end
 */
public record CountDistribution(int months, double[] probabilities) {
  /** The most firings a year can hold: one a month. */
  public static final int MAX = 12;

  public CountDistribution {
    if (months < 1 || months > 12 || probabilities.length < 1 || probabilities.length > MAX + 1) {
      throw new IllegalArgumentException("a yearly count needs 1 to 12 months and 1 to " + (MAX + 1)
          + " probabilities: months=" + months + " probabilities=" + probabilities.length);
    }
    probabilities = Arrays.copyOf(probabilities, MAX + 1);
  }

  /**
   * The distribution counted over {@code runs} runs: {@code counts[k]} runs had k firings.
   */
  public static CountDistribution ofCounts(int months, long[] counts, long runs) {
    double[] p = new double[counts.length];
    for (int k = 0; k < counts.length; k++) {
      p[k] = counts[k] / (double) runs;
    }
    return new CountDistribution(months, p);
  }

  /** The share of runs with exactly {@code k} firings (0 outside 0 to {@link #MAX}). */
  public double probability(int k) {
    return k < 0 || k > MAX ? 0 : probabilities[k];
  }

  /** F(k): the share of runs with at most {@code k} firings. */
  public double cdf(int k) {
    if (k < 0) {
      return 0;
    }
    if (k >= MAX) {
      return 1;
    }
    double sum = 0;
    for (int j = 0; j <= k; j++) {
      sum += probabilities[j];
    }
    return Math.min(1, sum);
  }

  /** The mean number of firings in the year. */
  public double mean() {
    double sum = 0;
    for (int k = 1; k <= MAX; k++) {
      sum += k * probabilities[k];
    }
    return sum;
  }

  /** The smallest count k with F(k) &gt;= {@code level} (a tolerance of 1e-9 absorbs rounding of the shares). */
  public int quantile(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("a quantile level lies strictly between 0 and 1, found " + level);
    }
    double sum = 0;
    for (int k = 0; k < MAX; k++) {
      sum += probabilities[k];
      if (sum >= level - 1e-9) {
        return k;
      }
    }
    return MAX;
  }

  /** 100 (F(y - 1) + p(y) / 2): the mid-distribution percentile of the observed count {@code y}. */
  public double midPercentile(int y) {
    return 100 * (cdf(y - 1) + probability(y) / 2);
  }

  /** The ranked probability score sum over k &gt;= 0 of (F(k) - 1{k &gt;= y})^2 for a count y &gt;= 0. */
  public double crps(int y) {
    if (y < 0) {
      throw new IllegalArgumentException("a count is at least 0, found " + y);
    }
    double total = 0;
    int last = Math.max(MAX, y); // from here on F(k) = 1 = 1{k >= y}
    for (int k = 0; k < last; k++) {
      double d = cdf(k) - (k >= y ? 1 : 0);
      total += d * d;
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountDistribution c && c.months == months && Arrays.equals(c.probabilities, probabilities);
  }

  @Override
  public int hashCode() {
    return 31 * months + Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return "CountDistribution[months=" + months + ", probabilities=" + Arrays.toString(probabilities) + "]";
  }
}
