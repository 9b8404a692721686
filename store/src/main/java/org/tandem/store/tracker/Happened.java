package org.tandem.store.tracker;

import java.time.LocalDate;

/**
 * What the record shows about one milestone, or one stage of one step, by a day, beside the
 * probability the simulation gave it.
 *
 * @param id the milestone or step id
 * @param stage for a step, {@code agreed}, {@code implemented} or {@code verified}; null for a milestone
 * @param on the first recorded day it was reached, or null if it was not reached by {@code at}
 * @param simulatedByThen the simulated share of runs that had reached it by the end of the month of
 *     {@code on}, or NaN when it was not reached
 * @param at the day compared
 * @param simulatedAt the simulated share of runs that had reached it by the end of the month of {@code at}
 * @param probabilityOfOutcome the probability the simulation gave to what happened by {@code at}:
 *     {@code simulatedAt} if it was reached, {@code 1 - simulatedAt} if not
 */
public record Happened(String id, String stage, LocalDate on, double simulatedByThen, LocalDate at,
    double simulatedAt, double probabilityOfOutcome) {

  /** Whether it was reached by {@code at}. */
  public boolean happened() {
    return on != null;
  }
}
