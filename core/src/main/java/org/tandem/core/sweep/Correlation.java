package org.tandem.core.sweep;

/** The partial rank correlation of one parameter with one output. */
public record Correlation(String parameter, String output, PrccEstimate estimate) {}
