package org.tandem.core.result;

import java.util.List;

/**
 * One output compared across strategies, in the order of {@link ComparisonResult#strategies()}.
 *
 * @param values each strategy's mean, with its 95% interval
 * @param differences each strategy minus the baseline, paired by replication, with its 95% interval
 *     (0 for the baseline itself)
 * @param varianceRatios for each strategy, the variance of its difference to the baseline had the
 *     two been run on independent streams (the sum of their variances) over the variance measured:
 *     how much the common random numbers removed (NaN for the baseline and when neither strategy
 *     varies, infinite when only the paired difference does not vary)
 * @param ranks 1 for the best strategy on this output (highest, or lowest when {@code lowerIsBetter})
 */
public record MetricComparison(
    String id, String label, boolean lowerIsBetter, List<Estimate> values, List<Estimate> differences,
    List<Double> varianceRatios, List<Integer> ranks) {
  public MetricComparison {
    values = List.copyOf(values);
    differences = List.copyOf(differences);
    varianceRatios = List.copyOf(varianceRatios);
    ranks = List.copyOf(ranks);
  }
}
