package org.tandem.report;

/**
 * One observed yearly count placed in the simulated distribution of an event's firings that year.
 *
 * @param months the simulated months of the year (under 12 for a partly simulated year)
 * @param percentile the mid-distribution percentile of the count, 100 (F(count - 1) + p(count) / 2)
 */
public record ObservedCount(int year, int months, int count, double percentile) {}
