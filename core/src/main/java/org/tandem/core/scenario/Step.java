package org.tandem.core.scenario;

import java.util.List;
import org.tandem.core.error.Location;

/**
 * A step of the roadmap. Optional references are empty strings and optional parts null.
 *
 * @param preconditions when the step can be proposed, or null for always
 * @param reciprocal the reciprocal group it belongs to, or empty
 * @param pace monthly probability of agreement when fully supported, or NaN for the model default
 * @param issue the issue it moves, or empty
 * @param moves shift of the issue's state when implemented (positive towards the high end)
 * @param duration months from agreement to implemented
 * @param snapback steps whose reversal reverses this one
 */
public record Step(
    String id,
    String track,
    String title,
    List<String> actors,
    Expression preconditions,
    String reciprocal,
    double pace,
    String issue,
    double moves,
    Distribution duration,
    Verification verification,
    Reversal reversal,
    List<String> snapback,
    boolean repeatable,
    CapabilityEffect capability,
    StepEffects effects,
    Location location) {

  public Step {
    actors = List.copyOf(actors);
    snapback = List.copyOf(snapback);
  }
}
