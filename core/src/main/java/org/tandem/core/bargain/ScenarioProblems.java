package org.tandem.core.bargain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.error.Location;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.Issue;
import org.tandem.core.scenario.Outcome;
import org.tandem.core.scenario.Position;
import org.tandem.core.scenario.Profile;
import org.tandem.core.scenario.Scenario;

/**
 * The bargaining problems of a scenario: one one-dimensional problem per issue, whose actors are
 * the scenario's actors with a stake in it (capability above 0 and salience above 0) in the
 * profiles they hold at the start, or after the profile switches of the given scheduled outcomes
 * (applied in the scenario's event order). Saliences (0-1 in a scenario) become 0-100.
 */
public final class ScenarioProblems {
  private ScenarioProblems() {}

  /** One problem per issue that has at least one stakeholder, in the scenario's issue order. */
  public static List<Problem> of(Scenario scenario, Map<String, String> given) {
    Map<String, String> profiles = profiles(scenario, given);
    List<Problem> problems = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      List<Actor> actors = new ArrayList<>();
      for (org.tandem.core.scenario.Actor a : scenario.actors()) {
        String profileId = profiles.get(a.id());
        Profile p = profileId.isEmpty() ? a.start() : a.profile(profileId);
        Position position = p.positions().get(issue.id());
        if (position == null || position.salience() <= 0 || p.capability() <= 0) {
          continue;
        }
        actors.add(new Actor(a.id(), a.name(), p.capability(), new double[] {position.position()},
            new double[] {100 * position.salience()}, a.location()));
      }
      if (!actors.isEmpty()) {
        problems.add(new Problem(scenario.id() + ":" + issue.id(), List.of(issue.id()), actors, issue.location()));
      }
    }
    return problems;
  }

  /** Actor id to the profile it holds (empty: its base values). */
  static Map<String, String> profiles(Scenario scenario, Map<String, String> given) {
    Map<String, String> profiles = new LinkedHashMap<>();
    for (org.tandem.core.scenario.Actor a : scenario.actors()) {
      profiles.put(a.id(), a.initialProfile());
    }
    for (String eventId : given.keySet()) {
      if (scenario.events().stream().noneMatch(e -> e.id().equals(eventId) && e instanceof Event.Scheduled)) {
        List<String> ids = scenario.events().stream().filter(e -> e instanceof Event.Scheduled).map(Event::id).toList();
        throw UserException.of("unknown-id", Location.of("--given " + eventId), "'" + eventId
            + "' is not a scheduled event of '" + scenario.id() + "'" + Suggestions.hint(eventId, ids));
      }
    }
    for (Event event : scenario.events()) {
      String outcomeId = given.get(event.id());
      if (outcomeId == null) {
        continue;
      }
      Event.Scheduled scheduled = (Event.Scheduled) event;
      Outcome outcome = scheduled.outcome(outcomeId);
      if (outcome == null) {
        List<String> ids = scheduled.outcomes().stream().map(Outcome::id).toList();
        throw UserException.of("unknown-id", Location.of("--given " + event.id() + "=" + outcomeId), "'" + outcomeId
            + "' is not an outcome of '" + event.id() + "' (outcomes: " + String.join(", ", ids) + ")"
            + Suggestions.hint(outcomeId, ids));
      }
      profiles.putAll(outcome.profiles());
    }
    return profiles;
  }
}
