package org.tandem.core.scenario;

import org.tandem.core.error.Location;

/**
 * One number of a scenario with its provenance: the dotted path that addresses it (ids instead of
 * list indexes, e.g. {@code steps.diplomatic-relations.duration.median}), its value, its source and
 * note (inherited from the nearest enclosing map when the number has none), and where it is.
 */
public record Assumption(String path, double value, String source, String note, Location location) {

  /** Whether the number carries (or inherits) a source or a note. */
  public boolean isSourced() {
    return !source.isEmpty() || !note.isEmpty();
  }
}
