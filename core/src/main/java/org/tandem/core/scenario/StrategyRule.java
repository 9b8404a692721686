package org.tandem.core.scenario;

/**
 * Whether the steps a selector matches are offered, on what condition (null: always) and at what
 * pace multiplier.
 */
public record StrategyRule(Selector select, boolean offer, Expression when, double pace) {}
