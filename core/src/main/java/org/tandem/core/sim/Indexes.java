package org.tandem.core.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tandem.core.scenario.expr.Expr;
import org.tandem.core.scenario.Actor;
import org.tandem.core.scenario.EnvironmentVariable;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.Issue;
import org.tandem.core.scenario.Milestone;
import org.tandem.core.scenario.Outcome;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.core.scenario.Track;

/** Positions of a scenario's parts in the flat arrays of the engine, by id. */
final class Indexes {
  final Map<String, Integer> steps;
  final Map<String, Integer> milestones;
  final Map<String, Integer> tracks;
  final Map<String, Integer> actors;
  final Map<String, Integer> issues;
  final Map<String, Integer> variables;
  final Map<String, Integer> events;
  /** Profile index within its actor (0 is the actor's base values), by actor id then profile id. */
  final Map<String, Map<String, Integer>> profiles = new HashMap<>();
  /** Outcome index within its event, keyed by event id then outcome id. */
  final Map<String, Map<String, Integer>> outcomes = new HashMap<>();

  Indexes(Scenario scenario) {
    steps = index(scenario.steps(), Step::id);
    milestones = index(scenario.milestones(), Milestone::id);
    tracks = index(scenario.tracks(), Track::id);
    actors = index(scenario.actors(), Actor::id);
    issues = index(scenario.issues(), Issue::id);
    variables = index(scenario.environment(), EnvironmentVariable::id);
    events = index(scenario.events(), Event::id);
    for (Actor actor : scenario.actors()) {
      Map<String, Integer> own = new HashMap<>();
      for (int i = 0; i < actor.profiles().size(); i++) {
        own.put(actor.profiles().get(i).id(), i + 1);
      }
      profiles.put(actor.id(), own);
    }
    for (Event event : scenario.events()) {
      if (event instanceof Event.Scheduled s) {
        outcomes.put(s.id(), index(s.outcomes(), Outcome::id));
      }
    }
  }

  private static <T> Map<String, Integer> index(List<T> items, Function<T, String> id) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      map.put(id.apply(items.get(i)), i);
    }
    return map;
  }

  /** The index of the step an argument names; the same for the other kinds of id below. */
  int step(Expr arg) {
    return require(steps, id(arg), "step");
  }

  int actor(Expr arg) {
    return require(actors, id(arg), "actor");
  }

  int event(Expr arg) {
    return require(events, id(arg), "event");
  }

  int track(Expr arg) {
    return require(tracks, id(arg), "track");
  }

  int issue(Expr arg) {
    return require(issues, id(arg), "issue");
  }

  int milestone(Expr arg) {
    return require(milestones, id(arg), "milestone");
  }

  /** The index, within its actor, of the profile {@code profile} of the actor {@code actor} names. */
  int profile(Expr actor, Expr profile) {
    return require(profiles.get(id(actor)), id(profile), "profile");
  }

  /** The index, within its event, of the outcome {@code outcome} of the event {@code event} names. */
  int outcome(Expr event, Expr outcome) {
    return require(outcomes.get(id(event)), id(outcome), "outcome");
  }

  private static String id(Expr arg) {
    return ((Expr.Name) arg).id();
  }

  static int require(Map<String, Integer> map, String id, String kind) {
    Integer i = map.get(id);
    if (i == null) {
      throw new IllegalArgumentException("unknown " + kind + " '" + id + "' (the checker should have caught this)");
    }
    return i;
  }
}
