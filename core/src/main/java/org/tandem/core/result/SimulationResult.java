package org.tandem.core.result;

import java.time.YearMonth;
import java.util.List;

/** Everything a simulation of one scenario under one strategy produced. */
public record SimulationResult(
    Manifest manifest,
    YearMonth start,
    YearMonth horizon,
    List<MilestoneResult> milestones,
    double breakdownProbability,
    List<SeriesResult> series,
    List<BlockerShare> blockers,
    List<StepResult> steps,
    List<TrackResult> tracks,
    List<EventResult> events) {

  public SimulationResult {
    milestones = List.copyOf(milestones);
    series = List.copyOf(series);
    blockers = List.copyOf(blockers);
    steps = List.copyOf(steps);
    tracks = List.copyOf(tracks);
    events = List.copyOf(events);
  }

  /** Months simulated. */
  public int months() {
    return (horizon.getYear() - start.getYear()) * 12 + horizon.getMonthValue() - start.getMonthValue() + 1;
  }

  /** The calendar month of month index {@code i} (0 = start). */
  public YearMonth monthAt(int i) {
    return start.plusMonths(i);
  }

  /** The month index of {@code month} (0 = start); negative before the start, past the end after the horizon. */
  public int indexOf(YearMonth month) {
    return (month.getYear() - start.getYear()) * 12 + month.getMonthValue() - start.getMonthValue();
  }

  public StepResult step(String id) {
    return steps.stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no step " + id));
  }

  public MilestoneResult milestone(String id) {
    return milestones.stream().filter(m -> m.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no milestone " + id));
  }

  public SeriesResult series(String id) {
    return series.stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no series " + id));
  }
}
