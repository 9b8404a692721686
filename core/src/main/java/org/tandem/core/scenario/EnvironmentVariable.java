package org.tandem.core.scenario;

import org.tandem.core.error.Location;

/**
 * A state variable of the policy environment, bounded to [min, max].
 *
 * @param component national-interest, alliance, domestic, process or other
 * @param update the monthly update rule, or null when the variable changes only by effects
 */
public record EnvironmentVariable(
    String id, String name, String component, double initial, double min, double max,
    Expression update, Location location) {}
