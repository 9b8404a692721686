package org.tandem.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tandem.core.OrderedMaps;

/**
 * What a tracked roadmap's record shows against a simulation of its scenario, for the report's
 * tracking section.
 *
 * @param at the last day compared
 * @param milestoneBrier mean Brier score of the milestones over the year ends, or NaN
 * @param stepBrier mean Brier score of the steps' stages over the year ends, or NaN
 * @param counts observed yearly counts compared with stochastic events
 * @param skipped what could not be compared (milestones, observed series), with the reason
 */
public record TrackingSection(String roadmap, LocalDate at, double milestoneBrier, double stepBrier,
    List<TrackedCurve> milestones, List<TrackedStep> steps, List<ObservedPoints> observations,
    List<ObservedCounts> counts, Map<String, String> skipped) {
  public TrackingSection {
    milestones = List.copyOf(milestones);
    steps = List.copyOf(steps);
    observations = List.copyOf(observations);
    counts = List.copyOf(counts);
    skipped = OrderedMaps.copyOf(skipped);
  }

  /** A tracking section without observed yearly counts. */
  public TrackingSection(String roadmap, LocalDate at, double milestoneBrier, double stepBrier,
      List<TrackedCurve> milestones, List<TrackedStep> steps, List<ObservedPoints> observations,
      Map<String, String> skipped) {
    this(roadmap, at, milestoneBrier, stepBrier, milestones, steps, observations, List.of(), skipped);
  }
}
