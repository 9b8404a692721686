package org.tandem.core.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A parsed scenario file. Structure is checked on loading; cross-references and analyses are
 * checked by {@code org.tandem.core.check.ScenarioChecker}.
 *
 * @param sourceName the file name or built-in id it was read from, used in every location
 * @param sha256 hex SHA-256 of the file's bytes, recorded in run manifests
 * @param text the file's text, kept so that a run or a tracked roadmap can reproduce it
 * @param capability the arsenal model, or null
 * @param defaultStrategy the strategy commands follow when none is chosen (the first, unless the
 *     file names one)
 * @param breakdown the definition of a breakdown, or null
 * @param assumptions every number of the file with its provenance, in file order
 * @param references every place the file names something by id, for checking
 */
public record Scenario(
    String sourceName,
    String sha256,
    String text,
    int formatVersion,
    String id,
    String title,
    String description,
    List<Source> sources,
    YearMonth start,
    YearMonth horizon,
    ModelSettings model,
    List<Issue> issues,
    List<Actor> actors,
    List<Track> tracks,
    List<EnvironmentVariable> environment,
    Capability capability,
    List<Step> steps,
    List<Event> events,
    List<Strategy> strategies,
    String defaultStrategy,
    List<Milestone> milestones,
    Breakdown breakdown,
    List<Assumption> assumptions,
    List<Reference> references) {

  public Scenario {
    sources = List.copyOf(sources);
    issues = List.copyOf(issues);
    actors = List.copyOf(actors);
    tracks = List.copyOf(tracks);
    environment = List.copyOf(environment);
    steps = List.copyOf(steps);
    events = List.copyOf(events);
    strategies = List.copyOf(strategies);
    milestones = List.copyOf(milestones);
    assumptions = List.copyOf(assumptions);
    references = List.copyOf(references);
  }

  /** Months simulated, start and horizon included. */
  public int months() {
    return (horizon.getYear() - start.getYear()) * 12 + horizon.getMonthValue() - start.getMonthValue() + 1;
  }

  public Optional<Step> step(String stepId) {
    return find(steps, Step::id, stepId);
  }

  public Optional<Actor> actor(String actorId) {
    return find(actors, Actor::id, actorId);
  }

  public Optional<Issue> issue(String issueId) {
    return find(issues, Issue::id, issueId);
  }

  public Optional<Track> track(String trackId) {
    return find(tracks, Track::id, trackId);
  }

  public Optional<Event> event(String eventId) {
    return find(events, Event::id, eventId);
  }

  public Optional<Strategy> strategy(String strategyId) {
    return find(strategies, Strategy::id, strategyId);
  }

  public Optional<Milestone> milestone(String milestoneId) {
    return find(milestones, Milestone::id, milestoneId);
  }

  public Optional<EnvironmentVariable> variable(String variableId) {
    return find(environment, EnvironmentVariable::id, variableId);
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
    for (T item : items) {
      if (id.apply(item).equals(wanted)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }
}
