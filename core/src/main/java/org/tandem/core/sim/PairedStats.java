package org.tandem.core.sim;

/**
 * Exact integer sums of per-run metrics for several strategies, and of each strategy's paired
 * difference to the baseline, so that merging in any order gives identical results.
 * Metric values arrive already scaled to integers (see {@link Comparison}).
 */
final class PairedStats {
  final int strategies;
  final int metrics;
  final int baseline;
  long runs;
  final long[] sum;
  final long[] sumOfSquares;
  final long[] differenceSum;
  final long[] differenceSumOfSquares;

  PairedStats(int strategies, int metrics, int baseline) {
    this.strategies = strategies;
    this.metrics = metrics;
    this.baseline = baseline;
    sum = new long[strategies * metrics];
    sumOfSquares = new long[strategies * metrics];
    differenceSum = new long[strategies * metrics];
    differenceSumOfSquares = new long[strategies * metrics];
  }

  /** One replication: {@code values[strategy * metrics + metric]}. */
  void add(long[] values) {
    runs++;
    for (int s = 0; s < strategies; s++) {
      for (int k = 0; k < metrics; k++) {
        int i = s * metrics + k;
        long v = values[i];
        long d = v - values[baseline * metrics + k];
        sum[i] += v;
        sumOfSquares[i] += v * v;
        differenceSum[i] += d;
        differenceSumOfSquares[i] += d * d;
      }
    }
  }

  void merge(PairedStats other) {
    runs += other.runs;
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.sum[i];
      sumOfSquares[i] += other.sumOfSquares[i];
      differenceSum[i] += other.differenceSum[i];
      differenceSumOfSquares[i] += other.differenceSumOfSquares[i];
    }
  }
}
