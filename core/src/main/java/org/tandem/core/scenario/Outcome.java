package org.tandem.core.scenario;

import java.util.Map;

/** One outcome of a scheduled event: its probability, the profiles it switches, its effects. */
public record Outcome(String id, double probability, Map<String, String> profiles, Map<String, Double> effects) {
  public Outcome {
    profiles = Map.copyOf(profiles);
    effects = Map.copyOf(effects);
  }
}
