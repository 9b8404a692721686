package org.tandem.core.sweep;

import org.tandem.core.scenario.Assumption;

/**
 * A number of the scenario being varied: what it is in the file and the range it is varied over.
 *
 * @param assumption the number as the scenario states it (path, value, source, location)
 * @param range the range it is varied over
 */
public record Parameter(Assumption assumption, ParameterRange range) {

  public String path() {
    return assumption.path();
  }

  /** The value the scenario gives it. */
  public double base() {
    return assumption.value();
  }
}
