package org.tandem.core.scenario;

import java.util.Map;
import org.tandem.core.OrderedMaps;
import org.tandem.core.error.Location;

/** Outcome probabilities of a scheduled event that replace the default ones when {@code when} holds. */
public record ConditionalProbabilities(Expression when, Map<String, Double> probabilities, Location location) {
  public ConditionalProbabilities {
    probabilities = OrderedMaps.copyOf(probabilities);
  }
}
