package org.tandem.core.check;

import org.tandem.core.error.Problems;
import org.tandem.core.scenario.Scenario;

/**
 * Checks a structurally valid scenario: references, expression types, then (only when those are
 * clean, since they rely on them) the precondition analyses, and finally usage warnings.
 */
public final class ScenarioChecker {
  private ScenarioChecker() {}

  /** Adds every finding about {@code scenario} to {@code problems}. */
  public static void check(Scenario scenario, Problems problems) {
    SymbolTable symbols = new SymbolTable(scenario);
    // Findings go straight into the caller's problems, so that its cap counts every error once.
    int before = problems.errorCount();
    ReferenceCheck.run(scenario, symbols, problems);
    ExpressionCheck.run(scenario, symbols, problems);
    if (problems.errorCount() == before) {
      PreconditionAnalysis.run(scenario, problems);
    }
    UsageCheck.run(scenario, problems);
  }
}
