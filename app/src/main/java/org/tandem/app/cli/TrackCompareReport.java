package org.tandem.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.result.StepResult;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.report.HtmlReport;
import org.tandem.report.ObservedCount;
import org.tandem.report.ObservedCounts;
import org.tandem.report.ObservedPoint;
import org.tandem.report.ObservedPoints;
import org.tandem.report.Report;
import org.tandem.report.TrackedCurve;
import org.tandem.report.TrackedStep;
import org.tandem.report.TrackingSection;
import org.tandem.store.tracker.Happened;
import org.tandem.store.tracker.ObservationComparison;
import org.tandem.store.tracker.RealityComparison;

/** The HTML report of {@code track compare}: the tracker's comparison turned into the report's records. */
final class TrackCompareReport {
  private TrackCompareReport() {}

  static Report of(Scenario scenario, SimulationResult simulated, String roadmap, LocalDate at, RealityComparison c) {
    List<TrackedCurve> milestones = new ArrayList<>();
    for (Milestone m : scenario.milestones()) {
      c.milestones().outcomes().stream().filter(h -> h.id().equals(m.id())).findFirst().ifPresent(h ->
          milestones.add(curve(m.name().isEmpty() ? m.id() : m.name(), simulated.milestone(m.id()).cumulative(), h,
              c.milestones().brierByMilestone().getOrDefault(m.id(), Double.NaN))));
    }
    List<TrackedStep> steps = new ArrayList<>();
    for (Step step : scenario.steps()) {
      StepResult result = simulated.step(step.id());
      List<TrackedCurve> stages = new ArrayList<>();
      for (StepResult.Stage stage : StepResult.Stage.values()) {
        c.steps().outcomes().stream().filter(h -> h.id().equals(step.id()) && h.stage().equals(stage.label()))
            .findFirst().ifPresent(h -> stages.add(curve(stage.label(), result.by(stage), h, brier(c, step.id(),
                stage))));
      }
      steps.add(new TrackedStep(step.id(), step.title().isEmpty() ? step.id() : step.title(), stages));
    }
    List<ObservedPoints> observations = new ArrayList<>();
    for (ObservationComparison.Summary s : c.observations().summaries()) {
      List<ObservedPoint> points = c.observations().rows().stream()
          .filter(r -> r.series().equals(s.series()) && r.method().equals(s.method()))
          .map(r -> new ObservedPoint(r.date(), r.month(), r.low(), r.high(), r.percentile())).toList();
      observations.add(new ObservedPoints(s.series(), s.method(), s.simulatedSeries(), points, s.inside50(),
          s.inside90(), s.meanIntervalScore90(), s.meanCrps()));
    }
    List<ObservedCounts> counts = new ArrayList<>();
    for (ObservationComparison.Summary s : c.observations().countSummaries()) {
      List<ObservedCount> points = c.observations().counts().stream()
          .filter(r -> r.series().equals(s.series()) && r.method().equals(s.method()))
          .map(r -> new ObservedCount(r.year(), r.months(), r.count(), r.percentile())).toList();
      counts.add(new ObservedCounts(s.series(), s.method(), s.simulatedSeries(), points, s.inside50(), s.inside90(),
          s.meanIntervalScore90(), s.meanCrps()));
    }
    Map<String, String> skipped = new LinkedHashMap<>();
    c.milestones().skipped().forEach((id, why) -> skipped.put("milestone " + id, why));
    c.observations().skipped().forEach((series, why) -> skipped.put("observed series " + series, why));
    return HtmlReport.tracking(scenario, simulated, new TrackingSection(roadmap, at, c.milestones().brier(),
        c.steps().brier(), milestones, steps, observations, counts, skipped));
  }

  private static TrackedCurve curve(String label, double[] cumulative, Happened h, double brier) {
    return new TrackedCurve(label, cumulative, h.on(), h.probabilityOfOutcome(), brier);
  }

  /** The mean Brier score of one stage of one step over the dates compared. */
  private static double brier(RealityComparison c, String step, StepResult.Stage stage) {
    return c.steps().rows().stream().filter(r -> r.step().equals(step) && r.stage() == stage)
        .mapToDouble(r -> r.brier()).average().orElse(Double.NaN);
  }
}
