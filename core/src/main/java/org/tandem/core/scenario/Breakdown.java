package org.tandem.core.scenario;

/** The process has broken down once {@code when} has held {@code forMonths} months in a row. */
public record Breakdown(Expression when, int forMonths, boolean halts) {}
