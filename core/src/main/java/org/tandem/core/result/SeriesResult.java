package org.tandem.core.result;

/**
 * A monthly series across runs: its mean and the 5, 25, 50, 75 and 95% quantiles per month.
 * Quantiles are read from fixed-width histograms over the series' range, so they are exact to
 * {@code resolution}; {@code overflow} counts values above that range (put in its top bin).
 *
 * @param histogram the histograms themselves, for scoring observations against the whole
 *     distribution; null when not kept (a result read back from JSON)
 */
public record SeriesResult(
    String id, double[] mean, double[] p05, double[] p25, double[] p50, double[] p75, double[] p95,
    double resolution, long overflow, SeriesHistogram histogram) {

  /** A series result without its histograms. */
  public SeriesResult(String id, double[] mean, double[] p05, double[] p25, double[] p50, double[] p75, double[] p95,
      double resolution, long overflow) {
    this(id, mean, p05, p25, p50, p75, p95, resolution, overflow, null);
  }

  public SeriesResult {
    mean = mean.clone();
    p05 = p05.clone();
    p25 = p25.clone();
    p50 = p50.clone();
    p75 = p75.clone();
    p95 = p95.clone();
  }
}
