package org.tandem.core.scenario;

import org.tandem.core.error.Location;

/**
 * A place where a scenario file names something by id, kept so that unknown ids can be reported
 * exactly where they are written.
 *
 * @param kind what the id must name
 * @param id the id as written
 * @param scope for profiles the actor, for outcomes the event; empty otherwise
 * @param field the key it was written under, for messages (e.g. {@code steps.x.track})
 */
public record Reference(Kind kind, String id, String scope, String field, Location location) {

  /** What a reference names. */
  public enum Kind {
    ACTOR, ISSUE, TRACK, STEP, VARIABLE, EVENT, STOCHASTIC_EVENT, SCHEDULED_EVENT, PROFILE, OUTCOME,
    SUPPORT_MODEL, STRATEGY;

    /** Lower-case words for messages. */
    public String words() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }
}
