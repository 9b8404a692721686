package org.tandem.core.error;

/** How bad a diagnostic is: errors stop a run, warnings are reported and let it go on. */
public enum Severity {
  ERROR,
  WARNING;

  /** Lower-case name as printed and as written in JSON. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
