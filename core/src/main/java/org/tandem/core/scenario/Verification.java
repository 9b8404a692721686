package org.tandem.core.scenario;

import java.util.List;

/** The stage in which implementation must be demonstrated before a step counts as verified. */
public record Verification(List<String> by, Distribution duration, double violation) {
  public Verification {
    by = List.copyOf(by);
  }
}
