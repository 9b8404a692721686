package org.tandem.core.scenario;

import org.tandem.core.error.Location;

/** A track of the roadmap, drawn as one swimlane. */
public record Track(String id, String name, String description, Location location) {}
