package org.tandem.core.check;

import org.tandem.core.error.Problems;
import org.tandem.core.scenario.ConditionalProbabilities;
import org.tandem.core.scenario.EnvironmentVariable;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.HazardFactor;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.core.scenario.Strategy;
import org.tandem.core.scenario.StrategyRule;

/** Type-checks every expression of a scenario in its role. */
final class ExpressionCheck {
  private ExpressionCheck() {}

  static void run(Scenario scenario, SymbolTable symbols, Problems problems) {
    ExpressionTypes types = new ExpressionTypes(symbols, problems);
    for (EnvironmentVariable v : scenario.environment()) {
      if (v.update() != null) {
        types.check(v.update(), Type.NUMBER, "the update rule of '" + v.id() + "'");
      }
    }
    for (Step step : scenario.steps()) {
      if (step.preconditions() != null) {
        types.check(step.preconditions(), Type.BOOLEAN, "the preconditions of '" + step.id() + "'");
      }
      if (step.reversal() != null && step.reversal().when() != null) {
        types.check(step.reversal().when(), Type.BOOLEAN, "the reversal condition of '" + step.id() + "'");
      }
    }
    for (Event event : scenario.events()) {
      if (event instanceof Event.Scheduled s) {
        for (ConditionalProbabilities c : s.conditional()) {
          types.check(c.when(), Type.BOOLEAN, "a condition of '" + s.id() + "'");
        }
      } else {
        for (HazardFactor f : ((Event.Stochastic) event).factors()) {
          if (f.when() != null) {
            types.check(f.when(), Type.BOOLEAN, "a hazard factor of '" + event.id() + "'");
          }
        }
      }
    }
    for (Strategy strategy : scenario.strategies()) {
      for (StrategyRule rule : strategy.rules()) {
        if (rule.when() != null) {
          types.check(rule.when(), Type.BOOLEAN, "a rule of strategy '" + strategy.id() + "'");
        }
      }
    }
    for (Milestone milestone : scenario.milestones()) {
      types.check(milestone.when(), Type.BOOLEAN, "milestone '" + milestone.id() + "'");
    }
    if (scenario.breakdown() != null) {
      types.check(scenario.breakdown().when(), Type.BOOLEAN, "the breakdown condition");
    }
  }
}
