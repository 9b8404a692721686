package org.tandem.core.scenario;

/** An actor's stand on an issue: where (0-100) and how much it cares (0-1). */
public record Position(double position, double salience) {}
