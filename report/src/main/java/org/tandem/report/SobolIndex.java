package org.tandem.report;

import org.tandem.core.result.Estimate;

/**
 * Variance-based sensitivity of one output to one parameter (Sobol' indices), each with its
 * interval (e.g. from bootstrap).
 *
 * @param parameter the parameter's path (as in {@code Scenario.assumptions()})
 * @param output the output it explains
 * @param firstOrder the share of the output's variance due to the parameter alone
 * @param total the share due to the parameter including all its interactions
 */
public record SobolIndex(String parameter, String output, Estimate firstOrder, Estimate total) {}
