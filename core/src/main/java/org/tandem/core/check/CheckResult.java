package org.tandem.core.check;

import java.util.List;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.scenario.Scenario;

/** A checked scenario file: the scenario when it has no errors (else null) and every diagnostic. */
public record CheckResult(String source, Scenario scenario, List<Diagnostic> diagnostics) {
  public CheckResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean ok() {
    return scenario != null && diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }
}
