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
    Problems local = new Problems();
    ReferenceCheck.run(scenario, symbols, local);
    ExpressionCheck.run(scenario, symbols, local);
    if (!local.hasErrors()) {
      PreconditionAnalysis.run(scenario, local);
    }
    UsageCheck.run(scenario, local);
    problems.addAll(local.all());
  }
}
