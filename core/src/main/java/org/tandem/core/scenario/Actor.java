package org.tandem.core.scenario;

import java.util.List;
import java.util.Map;
import org.tandem.core.OrderedMaps;
import org.tandem.core.error.Location;

/**
 * Someone around the table.
 *
 * @param space the environment variable holding its political space, or empty if it has none
 * @param positions base positions by issue id (see {@link #start()} for the values it starts with)
 * @param initialProfile the profile it starts in, or empty for its base values
 */
public record Actor(
    String id,
    String name,
    String kind,
    double capability,
    String space,
    Map<String, Position> positions,
    String initialProfile,
    List<Profile> profiles,
    Location location) {

  public Actor {
    positions = OrderedMaps.copyOf(positions);
    profiles = List.copyOf(profiles);
  }

  /** The named profile, or null. */
  public Profile profile(String profileId) {
    for (Profile p : profiles) {
      if (p.id().equals(profileId)) {
        return p;
      }
    }
    return null;
  }

  /** The values the actor starts with: its initial profile's, or its base values. */
  public Profile start() {
    Profile initial = initialProfile.isEmpty() ? null : profile(initialProfile);
    return initial != null ? initial : new Profile("", capability, positions, "");
  }
}
