package org.tandem.core.sweep;

/**
 * Sobol' indices of one parameter for one output, each with a 95% bootstrap percentile interval.
 * All are NaN when the output does not vary.
 *
 * @param firstOrder the share of the output's variance due to the parameter alone (S_i)
 * @param total the share due to the parameter with all its interactions (S_Ti)
 */
public record SobolEstimate(
    double firstOrder, double firstLow, double firstHigh, double total, double totalLow, double totalHigh) {}
