package org.tandem.core.sweep;

import java.util.List;

/** One-at-a-time results: for each output, its swings sorted from the largest down (ties by parameter order). */
public record Tornado(List<Swing> swings) implements Analysis {
  public Tornado {
    swings = List.copyOf(swings);
  }
}
