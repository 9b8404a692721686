package org.tandem.report;

import java.util.List;

/** A step's stage curves (agreed, implemented, verified) beside its record. */
public record TrackedStep(String id, String title, List<TrackedCurve> stages) {
  public TrackedStep {
    stages = List.copyOf(stages);
  }

  /** Whether the record shows any stage reached. */
  public boolean recorded() {
    return stages.stream().anyMatch(s -> s.happenedOn() != null);
  }
}
