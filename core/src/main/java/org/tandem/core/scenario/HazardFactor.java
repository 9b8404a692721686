package org.tandem.core.scenario;

/** Multiplies a stochastic event's hazard by {@code times} in months when {@code when} holds (null: always). */
public record HazardFactor(Expression when, double times) {}
