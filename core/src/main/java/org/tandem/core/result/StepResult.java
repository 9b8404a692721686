package org.tandem.core.result;

/** Share of runs in which a step was ever agreed, implemented, verified and reversed. */
public record StepResult(String id, String track, double agreed, double implemented, double verified, double reversed) {}
