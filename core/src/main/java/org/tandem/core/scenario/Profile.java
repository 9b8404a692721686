package org.tandem.core.scenario;

import java.util.Map;
import org.tandem.core.OrderedMaps;

/**
 * An alternative set of values for an actor, switched on by events. Holds the actor's complete
 * values in that profile (its base values merged with the profile's overrides).
 */
public record Profile(String id, double capability, Map<String, Position> positions, String note) {
  public Profile {
    positions = OrderedMaps.copyOf(positions);
  }
}
