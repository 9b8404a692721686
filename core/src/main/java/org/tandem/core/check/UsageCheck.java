package org.tandem.core.check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tandem.core.error.Problems;
import org.tandem.core.scenario.Actor;
import org.tandem.core.scenario.Assumption;
import org.tandem.core.scenario.ConditionalProbabilities;
import org.tandem.core.scenario.EnvironmentVariable;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.HazardFactor;
import org.tandem.core.scenario.Issue;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Reference;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.core.scenario.Strategy;
import org.tandem.core.scenario.StrategyRule;
import org.tandem.core.scenario.expr.Expr;

/**
 * Warnings: actors and issues that play no part, scheduled events that never fire, and numbers
 * without a source or note.
 */
final class UsageCheck {
  private UsageCheck() {}

  static void run(Scenario scenario, Problems problems) {
    Set<String> named = namedInExpressions(scenario);
    Set<String> movedIssues = new HashSet<>();
    Set<String> usedActors = new HashSet<>();
    for (Step step : scenario.steps()) {
      if (!step.issue().isEmpty()) {
        movedIssues.add(step.issue());
      }
      usedActors.addAll(step.actors());
      if (step.verification() != null) {
        usedActors.addAll(step.verification().by());
      }
    }
    for (Reference ref : scenario.references()) {
      if (ref.kind() == Reference.Kind.ACTOR) {
        usedActors.add(ref.id());
      }
    }
    for (Actor actor : scenario.actors()) {
      boolean bargains = actor.positions().keySet().stream().anyMatch(movedIssues::contains)
          || actor.profiles().stream().anyMatch(p -> p.positions().keySet().stream().anyMatch(movedIssues::contains));
      if (!bargains && !usedActors.contains(actor.id()) && !named.contains(actor.id())) {
        problems.warning("unused-actor", actor.location(), "actor '" + actor.id() + "' plays no part: it takes no "
            + "step, verifies none, has no position on an issue a step moves, and no expression names it");
      }
    }
    for (Issue issue : scenario.issues()) {
      if (!movedIssues.contains(issue.id()) && !named.contains(issue.id())) {
        problems.warning("unused-issue", issue.location(), "issue '" + issue.id() + "' plays no part: no step moves "
            + "it and no expression names it");
      }
    }
    for (Event event : scenario.events()) {
      if (event instanceof Event.Scheduled s && outside(s.date(), scenario)) {
        problems.warning("event-outside-horizon", event.location(), "scheduled event '" + event.id() + "' is dated "
            + s.date() + ", outside the simulated months " + scenario.start() + " to " + scenario.horizon()
            + ", so it never fires");
      }
    }
    for (Assumption a : scenario.assumptions()) {
      if (!a.isSourced()) {
        problems.warning("unsourced-number", a.location(), "the number at " + a.path()
            + " has neither a source nor a note");
      }
    }
  }

  private static boolean outside(YearMonth date, Scenario scenario) {
    return date != null && scenario.start() != null && scenario.horizon() != null
        && (date.isBefore(scenario.start()) || date.isAfter(scenario.horizon()));
  }

  /** Every name written in any expression of the scenario. */
  static Set<String> namedInExpressions(Scenario scenario) {
    Set<String> names = new HashSet<>();
    for (Expression e : expressions(scenario)) {
      e.root().walk(node -> {
        if (node instanceof Expr.Name n) {
          names.add(n.id());
        }
      });
    }
    return names;
  }

  static List<Expression> expressions(Scenario scenario) {
    List<Expression> all = new ArrayList<>();
    for (EnvironmentVariable v : scenario.environment()) {
      add(all, v.update());
    }
    for (Step step : scenario.steps()) {
      add(all, step.preconditions());
      if (step.reversal() != null) {
        add(all, step.reversal().when());
      }
    }
    for (Event event : scenario.events()) {
      if (event instanceof Event.Scheduled s) {
        for (ConditionalProbabilities c : s.conditional()) {
          add(all, c.when());
        }
      } else {
        for (HazardFactor f : ((Event.Stochastic) event).factors()) {
          add(all, f.when());
        }
      }
    }
    for (Strategy strategy : scenario.strategies()) {
      for (StrategyRule rule : strategy.rules()) {
        add(all, rule.when());
      }
    }
    for (Milestone m : scenario.milestones()) {
      add(all, m.when());
    }
    if (scenario.breakdown() != null) {
      add(all, scenario.breakdown().when());
    }
    return all;
  }

  private static void add(List<Expression> all, Expression e) {
    if (e != null) {
      all.add(e);
    }
  }
}
