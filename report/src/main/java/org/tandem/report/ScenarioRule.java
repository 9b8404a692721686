package org.tandem.report;

import java.util.ArrayList;
import java.util.List;
import org.tandem.core.scenario.ConditionalProbabilities;
import org.tandem.core.scenario.EnvironmentVariable;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.HazardFactor;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.core.scenario.Strategy;
import org.tandem.core.scenario.StrategyRule;

/**
 * One expression of a scenario as the report lists it under "Rules and conditions": what it
 * governs, its text as written and where it is. The numbers inside expressions (thresholds,
 * weights of an update rule) are assumptions too, but they are not in the scenario's list of
 * numbers, so the report shows the expressions whole.
 *
 * @param what what the expression governs, e.g. "update of tension" or "precondition of step x"
 * @param expression the text as written, stripped
 * @param location file:line:column of the text
 */
public record ScenarioRule(String what, String expression, String location) {

  /** Every expression of {@code scenario}, in the order of the file's sections. */
  public static List<ScenarioRule> of(Scenario scenario) {
    List<ScenarioRule> rules = new ArrayList<>();
    for (EnvironmentVariable v : scenario.environment()) {
      add(rules, "update of " + v.id() + " (each month)", v.update());
    }
    for (Step s : scenario.steps()) {
      add(rules, "precondition of step " + s.id(), s.preconditions());
      if (s.reversal() != null) {
        add(rules, "reversal of step " + s.id() + " (in any month it holds)", s.reversal().when());
      }
    }
    for (Event e : scenario.events()) {
      if (e instanceof Event.Stochastic st) {
        for (HazardFactor f : st.factors()) {
          add(rules, "hazard factor of event " + e.id() + " (times " + HtmlReport.number(f.times()) + ")", f.when());
        }
      } else if (e instanceof Event.Scheduled sc) {
        for (ConditionalProbabilities c : sc.conditional()) {
          add(rules, "outcome probabilities of event " + e.id(), c.when());
        }
      }
    }
    for (Strategy s : scenario.strategies()) {
      for (StrategyRule r : s.rules()) {
        add(rules, "strategy " + s.id() + ": " + (r.offer() ? "offer " : "do not offer ")
            + selected(r), r.when());
      }
    }
    for (Milestone m : scenario.milestones()) {
      add(rules, "milestone " + m.id(), m.when());
    }
    if (scenario.breakdown() != null) {
      add(rules, "breakdown (when it holds " + scenario.breakdown().forMonths() + " months in a row)",
          scenario.breakdown().when());
    }
    return List.copyOf(rules);
  }

  private static String selected(StrategyRule r) {
    return switch (r.select().kind()) {
      case ALL -> "every step";
      case STEPS -> "steps " + String.join(", ", r.select().ids());
      case TRACK -> "track " + String.join(", ", r.select().ids());
      case ACTORS -> "steps of " + String.join(", ", r.select().ids());
    };
  }

  private static void add(List<ScenarioRule> rules, String what, Expression e) {
    if (e != null) {
      rules.add(new ScenarioRule(what, e.text().strip(), e.location().toString()));
    }
  }
}
