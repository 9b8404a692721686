package org.tandem.core.scenario;

import java.util.Map;
import org.tandem.core.OrderedMaps;

/** Changes to environment variables (id to delta) applied once when a step reaches a state. */
public record StepEffects(
    Map<String, Double> agreed, Map<String, Double> implemented, Map<String, Double> verified,
    Map<String, Double> reversed) {
  public static final StepEffects NONE = new StepEffects(Map.of(), Map.of(), Map.of(), Map.of());

  public StepEffects {
    agreed = OrderedMaps.copyOf(agreed);
    implemented = OrderedMaps.copyOf(implemented);
    verified = OrderedMaps.copyOf(verified);
    reversed = OrderedMaps.copyOf(reversed);
  }
}
