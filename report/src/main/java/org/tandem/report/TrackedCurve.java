package org.tandem.report;

import java.time.LocalDate;

/**
 * A simulated curve (the share of runs that had reached something by each month) beside what the
 * record shows.
 *
 * @param label what reached, e.g. a milestone's name or a step's stage
 * @param cumulative one share per simulated month
 * @param happenedOn the first recorded day it was reached, or null
 * @param probabilityOfOutcome the probability the simulation gave to what happened by the day compared
 * @param brier the mean Brier score over the dates compared, or NaN
 */
public record TrackedCurve(String label, double[] cumulative, LocalDate happenedOn, double probabilityOfOutcome,
    double brier) {
  public TrackedCurve {
    cumulative = cumulative.clone();
  }
}
