package org.tandem.core.scenario;

import java.util.Map;
import org.tandem.core.OrderedMaps;

/** One outcome of a scheduled event: its probability, the profiles it switches, its effects. */
public record Outcome(String id, double probability, Map<String, String> profiles, Map<String, Double> effects) {
  public Outcome {
    profiles = OrderedMaps.copyOf(profiles);
    effects = OrderedMaps.copyOf(effects);
  }
}
