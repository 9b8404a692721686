package org.tandem.core.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the diagnostics of one input, so that all of them are reported in one run. It keeps at
 * most {@link #CAP} errors; past that it counts what it dropped and says so.
 */
public final class Problems {
  /** Errors kept per input; more than this is noise for a reader. */
  public static final int CAP = 100;

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int errors;
  private int dropped;
  private Location firstDropped;

  public void error(String code, Location location, String message) {
    add(Diagnostic.error(code, location, message));
  }

  public void warning(String code, Location location, String message) {
    add(Diagnostic.warning(code, location, message));
  }

  public void add(Diagnostic diagnostic) {
    if (diagnostic.isError()) {
      if (errors >= CAP) {
        if (dropped == 0 || diagnostic.location().compareTo(firstDropped) < 0) {
          firstDropped = diagnostic.location();
        }
        dropped++;
        return;
      }
      errors++;
    }
    diagnostics.add(diagnostic);
  }

  public void addAll(List<Diagnostic> more) {
    more.forEach(this::add);
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public int errorCount() {
    return errors + dropped;
  }

  /**
   * Diagnostics sorted by location, with a final note when errors were dropped. The note is placed
   * at the first dropped error, so that it points into the file like every other diagnostic.
   */
  public List<Diagnostic> all() {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    Collections.sort(sorted);
    if (dropped > 0) {
      sorted.add(Diagnostic.error("too-many-errors", firstDropped,
          dropped + (dropped == 1 ? " more error" : " more errors") + " not shown (at most " + CAP
              + " are listed)"));
    }
    return List.copyOf(sorted);
  }

  /** Throws a {@link UserException} with every diagnostic when there is at least one error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new UserException(all());
    }
  }
}
