package org.tandem.core.scenario;

/**
 * What a step does to the arsenal while it is implementing, implemented or verified: factors on
 * production and assembly (1 = no change) and warheads dismantled per month.
 */
public record CapabilityEffect(double production, double assembly, double dismantle) {
  public static final CapabilityEffect NONE = new CapabilityEffect(1, 1, 0);
}
