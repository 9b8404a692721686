package org.tandem.core.scenario;

import org.tandem.core.error.Location;

/**
 * One number of a scenario with its provenance: the dotted path that addresses it (ids instead of
 * list indexes, e.g. {@code steps.diplomatic-relations.duration.median}), its value, its source and
 * note (inherited from the nearest enclosing map when the number has none), where it is, and
 * whether the format only accepts a whole number there (e.g. {@code breakdown.for}).
 */
public record Assumption(String path, double value, String source, String note, Location location,
    boolean wholeNumber) {

  /** A number that may take any value in its range. */
  public Assumption(String path, double value, String source, String note, Location location) {
    this(path, value, source, note, location, false);
  }

  /** Whether the number carries (or inherits) a source or a note. */
  public boolean isSourced() {
    return !source.isEmpty() || !note.isEmpty();
  }

  /** The same number, marked as one that must be whole. */
  Assumption asWholeNumber() {
    return new Assumption(path, value, source, note, location, true);
  }
}
