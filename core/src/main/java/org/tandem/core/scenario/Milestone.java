package org.tandem.core.scenario;

import org.tandem.core.error.Location;

/** A named condition whose first month of holding is recorded. */
public record Milestone(String id, String name, Expression when, Location location) {}
