package org.tandem.core.sim;

/**
 * Support from the weighted median voter (Black 1948): 1 when the weighted median position is
 * closer to the proposed state than to the current one, 0 when it is farther, 0.5 on a tie. The
 * weighted median is the smallest position at which the cumulative weight reaches half the total.
 */
final class MedianSupport implements SupportFunction {
  private final double[] sortedPositions;
  private final double[] sortedWeights;

  /** @param capacity the most stakeholders any issue has */
  MedianSupport(int capacity) {
    sortedPositions = new double[capacity];
    sortedWeights = new double[capacity];
  }

  @Override
  public double support(double[] positions, double[] weights, int count, double from, double to) {
    double median = median(positions, weights, count);
    if (Double.isNaN(median)) {
      return 1;
    }
    double gain = Math.abs(median - from) - Math.abs(median - to);
    return gain > 0 ? 1 : gain < 0 ? 0 : 0.5;
  }

  /** The weighted median, or NaN when all weights are zero. Insertion sort: issues have few actors. */
  double median(double[] positions, double[] weights, int count) {
    double total = 0;
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (weights[i] <= 0) {
        continue;
      }
      total += weights[i];
      int j = n++;
      while (j > 0 && sortedPositions[j - 1] > positions[i]) {
        sortedPositions[j] = sortedPositions[j - 1];
        sortedWeights[j] = sortedWeights[j - 1];
        j--;
      }
      sortedPositions[j] = positions[i];
      sortedWeights[j] = weights[i];
    }
    if (n == 0) {
      return Double.NaN;
    }
    double cumulative = 0;
    for (int i = 0; i < n; i++) {
      cumulative += sortedWeights[i];
      if (cumulative >= total / 2) {
        return sortedPositions[i];
      }
    }
    return sortedPositions[n - 1];
  }
}
