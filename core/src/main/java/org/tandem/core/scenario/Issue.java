package org.tandem.core.scenario;

import org.tandem.core.error.Location;

/** A dimension bargained over, from 0 ({@code low}) to 100 ({@code high}). */
public record Issue(String id, String name, String low, String high, double statusQuo, Location location) {}
