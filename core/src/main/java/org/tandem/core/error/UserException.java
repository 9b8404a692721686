package org.tandem.core.error;

import java.util.List;

/**
 * A failure caused by the user's input or request, not by a bug. It carries every error found (at
 * least one), each with its location, so that all of them can be reported in one run.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public UserException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** A single error. */
  public static UserException of(String code, Location location, String message) {
    return new UserException(List.of(Diagnostic.error(code, location, message)));
  }

  /** Every diagnostic, errors and the warnings found with them. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summary(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a user error needs at least one diagnostic");
    }
    Diagnostic first = diagnostics.stream().filter(Diagnostic::isError).findFirst()
        .orElse(diagnostics.get(0));
    return diagnostics.size() == 1 ? first.toString()
        : first + " (and " + (diagnostics.size() - 1) + " more)";
  }
}
