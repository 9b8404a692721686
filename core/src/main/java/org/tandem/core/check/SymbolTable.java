package org.tandem.core.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.tandem.core.scenario.Actor;
import org.tandem.core.scenario.EnvironmentVariable;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.Issue;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.ModelSettings;
import org.tandem.core.scenario.Outcome;
import org.tandem.core.scenario.Profile;
import org.tandem.core.scenario.Reference;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.core.scenario.Track;

/** The ids a scenario defines, by kind, for resolving references and expression names. */
final class SymbolTable {
  final Set<String> actors = new LinkedHashSet<>();
  final Set<String> issues = new LinkedHashSet<>();
  final Set<String> tracks = new LinkedHashSet<>();
  final Set<String> steps = new LinkedHashSet<>();
  final Set<String> variables = new LinkedHashSet<>();
  final Set<String> milestones = new LinkedHashSet<>();
  final Set<String> strategies = new LinkedHashSet<>();
  final Set<String> scheduled = new LinkedHashSet<>();
  final Set<String> stochastic = new LinkedHashSet<>();
  final Set<String> events = new LinkedHashSet<>();
  final Map<String, Set<String>> profiles = new HashMap<>();
  final Map<String, Set<String>> outcomes = new HashMap<>();
  final Set<String> builtins = new LinkedHashSet<>(Functions.VARIABLES);

  SymbolTable(Scenario scenario) {
    for (Actor actor : scenario.actors()) {
      actors.add(actor.id());
      Set<String> names = new LinkedHashSet<>();
      for (Profile profile : actor.profiles()) {
        names.add(profile.id());
      }
      profiles.put(actor.id(), names);
    }
    scenario.issues().stream().map(Issue::id).forEach(issues::add);
    scenario.tracks().stream().map(Track::id).forEach(tracks::add);
    scenario.steps().stream().map(Step::id).forEach(steps::add);
    scenario.environment().stream().map(EnvironmentVariable::id).forEach(variables::add);
    scenario.milestones().stream().map(Milestone::id).forEach(milestones::add);
    scenario.strategies().forEach(st -> strategies.add(st.id()));
    for (Event event : scenario.events()) {
      events.add(event.id());
      if (event instanceof Event.Scheduled s) {
        scheduled.add(s.id());
        Set<String> names = new LinkedHashSet<>();
        s.outcomes().stream().map(Outcome::id).forEach(names::add);
        outcomes.put(s.id(), names);
      } else {
        stochastic.add(event.id());
      }
    }
    if (scenario.capability() != null) {
      builtins.addAll(Functions.CAPABILITY_VARIABLES);
    }
  }

  /** The ids a reference of this kind may name ({@code scope} for profiles and outcomes). */
  Set<String> candidates(Reference.Kind kind, String scope) {
    switch (kind) {
      case ACTOR:
        return actors;
      case ISSUE:
        return issues;
      case TRACK:
        return tracks;
      case STEP:
        return steps;
      case VARIABLE:
        return variables;
      case EVENT:
        return events;
      case STOCHASTIC_EVENT:
        return stochastic;
      case SCHEDULED_EVENT:
        return scheduled;
      case PROFILE:
        return profiles.getOrDefault(scope, Set.of());
      case OUTCOME:
        return outcomes.getOrDefault(scope, Set.of());
      case SUPPORT_MODEL:
        return new LinkedHashSet<>(ModelSettings.SUPPORT_MODELS);
      case STRATEGY:
        return strategies;
      default:
        throw new IllegalStateException(kind.name());
    }
  }
}
