package org.tandem.core.events;

import java.util.Objects;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Location;

/**
 * A row that was not accepted: where it is, a stable kebab-case reason code (e.g. {@code
 * column-count}, {@code bad-event-code}, {@code bad-date}) and a message saying what was expected and
 * what was found.
 */
public record Rejection(Location location, String code, String message) {

  public Rejection {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  Rejection shifted(long lines) {
    return lines == 0 ? this
        : new Rejection(new Location(location.source(), Math.toIntExact(location.line() + lines), location.column()),
            code, message);
  }

  /** As an error diagnostic. */
  public Diagnostic diagnostic() {
    return Diagnostic.error(code, location, message);
  }

  @Override
  public String toString() {
    return location + ": " + message + " [" + code + "]";
  }
}
