package org.tandem.core.check;

import java.util.Set;
import org.tandem.core.error.Problems;
import org.tandem.core.error.Suggestions;
import org.tandem.core.scenario.Reference;
import org.tandem.core.scenario.Scenario;

/** Reports every id a scenario names that it does not define, where it is written. */
final class ReferenceCheck {
  private ReferenceCheck() {}

  static void run(Scenario scenario, SymbolTable symbols, Problems problems) {
    for (Reference ref : scenario.references()) {
      if (ref.kind() == Reference.Kind.PROFILE && !symbols.actors.contains(ref.scope())) {
        continue; // the unknown actor is reported by its own reference
      }
      Set<String> candidates = symbols.candidates(ref.kind(), ref.scope());
      if (candidates.contains(ref.id())) {
        continue;
      }
      String qualifier = "";
      if (ref.kind() == Reference.Kind.PROFILE) {
        qualifier = " of actor '" + ref.scope() + "'";
      } else if (ref.kind() == Reference.Kind.OUTCOME) {
        qualifier = " of event '" + ref.scope() + "'";
      } else if (ref.kind() == Reference.Kind.STOCHASTIC_EVENT && symbols.scheduled.contains(ref.id())) {
        qualifier = " (it is a scheduled event)";
      }
      problems.error("unknown-id", ref.location(), "unknown " + ref.kind().words() + " '" + ref.id() + "'"
          + qualifier + " in " + ref.field() + Suggestions.hint(ref.id(), candidates));
    }
    for (String variable : symbols.variables) {
      if (Functions.VARIABLES.contains(variable) || Functions.CAPABILITY_VARIABLES.contains(variable)
          || Functions.SIGNATURES.containsKey(variable) || Functions.KEYWORDS.contains(variable)) {
        scenario.variable(variable).ifPresent(v -> problems.error("reserved-id", v.location(),
            "environment variable id '" + variable + "' is a built-in name of the expression language; choose another"));
      }
    }
  }
}
