package org.tandem.core.bargain.smp;

/**
 * An estimate of a challenge: h's estimate that i beats j, and of the change in utility for k.
 *
 * @param probability estimated P[i > j]
 * @param gain expected utility of the challenge to k minus that of the status quo
 */
public record Challenge(double probability, double gain) {}
