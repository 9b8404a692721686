package org.tandem.core.error;

import java.util.Objects;

/**
 * One finding about a user's input.
 *
 * @param severity error or warning
 * @param code a stable, kebab-case identifier of the kind of finding (e.g. {@code unknown-key})
 * @param location where it is
 * @param message what was expected and what was found, in one sentence
 */
public record Diagnostic(Severity severity, String code, Location location, String message)
    implements Comparable<Diagnostic> {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(String code, Location location, String message) {
    return new Diagnostic(Severity.ERROR, code, location, message);
  }

  public static Diagnostic warning(String code, Location location, String message) {
    return new Diagnostic(Severity.WARNING, code, location, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line: {@code file:line:col: error: message [code]}. */
  @Override
  public String toString() {
    return location + ": " + severity.label() + ": " + message + " [" + code + "]";
  }

  @Override
  public int compareTo(Diagnostic other) {
    int c = location.compareTo(other.location);
    return c != 0 ? c : message.compareTo(other.message);
  }
}
