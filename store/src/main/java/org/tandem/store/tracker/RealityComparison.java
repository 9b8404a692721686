package org.tandem.store.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;

/**
 * Everything {@code track compare} sets against one simulation: milestones and steps at each date,
 * and observations against the simulated fans.
 *
 * @param dates the dates compared (year ends, the last one the day compared)
 */
public record RealityComparison(List<LocalDate> dates, MilestoneComparison.Result milestones,
    StepComparison.Result steps, ObservationComparison.Result observations) {
  public RealityComparison {
    dates = List.copyOf(dates);
  }

  /**
   * Compares a roadmap's record with a simulation of its scenario at the end of every year from
   * {@code first} to {@code at} (the last one {@code at} itself).
   *
   * @param matches observed series name to simulated series name, where they differ
   */
  public static RealityComparison of(Scenario scenario, SimulationResult simulation, List<StatusEntry> history,
      List<Observation> observations, Map<String, String> matches, LocalDate first, LocalDate at) {
    List<LocalDate> dates = yearEnds(first, at);
    return new RealityComparison(dates, MilestoneComparison.compare(scenario, simulation, history, dates),
        StepComparison.compare(scenario, simulation, history, dates),
        ObservationComparison.compare(simulation, observations, matches, at));
  }

  /** 31 December of every year from {@code first}'s to {@code at}'s, the last replaced by {@code at}. */
  public static List<LocalDate> yearEnds(LocalDate first, LocalDate at) {
    return java.util.stream.IntStream.rangeClosed(first.getYear(), at.getYear()).mapToObj(year -> {
      LocalDate end = LocalDate.of(year, 12, 31);
      return end.isAfter(at) ? at : end;
    }).toList();
  }
}
