package org.tandem.core.bargain.smp;

/**
 * The most advantageous challenge of an initiator.
 *
 * @param initiator index of the challenging actor
 * @param target index of the challenged actor
 * @param probability the initiator's estimate that it wins
 * @param gain the initiator's expected gain
 */
public record Target(int initiator, int target, double probability, double gain) {}
