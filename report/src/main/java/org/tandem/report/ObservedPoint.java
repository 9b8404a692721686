package org.tandem.report;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One observation placed in the simulated distribution of a month.
 *
 * @param low the observed value, or the low end of its range
 * @param high the observed value, or the high end of its range
 * @param percentile where the value scored (a range's midpoint) falls in the month's simulated distribution
 */
public record ObservedPoint(LocalDate date, YearMonth month, double low, double high, double percentile) {}
