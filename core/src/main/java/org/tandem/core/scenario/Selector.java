package org.tandem.core.scenario;

import java.util.List;

/** Which steps a strategy rule applies to. */
public record Selector(Kind kind, List<String> ids) {
  /** By step id, by track, by acting actor, or every step. */
  public enum Kind { STEPS, TRACK, ACTORS, ALL }

  public Selector {
    ids = List.copyOf(ids);
  }

  /** Whether the rule applies to {@code step}. */
  public boolean matches(Step step) {
    switch (kind) {
      case ALL:
        return true;
      case STEPS:
        return ids.contains(step.id());
      case TRACK:
        return ids.contains(step.track());
      case ACTORS:
        for (String actor : step.actors()) {
          if (ids.contains(actor)) {
            return true;
          }
        }
        return false;
      default:
        throw new IllegalStateException(kind.name());
    }
  }
}
