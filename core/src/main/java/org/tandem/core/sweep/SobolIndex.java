package org.tandem.core.sweep;

/** The Sobol' indices of one parameter for one output. */
public record SobolIndex(String parameter, String output, SobolEstimate estimate) {}
