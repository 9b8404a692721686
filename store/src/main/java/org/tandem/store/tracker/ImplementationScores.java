package org.tandem.store.tracker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Step;
import org.tandem.core.scenario.Track;

/**
 * Implementation scores and rates, after the Peace Accords Matrix Implementation Dataset (Joshi,
 * Quinn and Regan 2015, Journal of Peace Research 52(4):551-562): each provision (here: each step
 * of the roadmap) is scored 0 (not initiated), 1 (minimal), 2 (intermediate) or 3 (full
 * implementation), and the implementation rate of a set of provisions is
 * {@code sum of scores / (3 x number of provisions) x 100}, as the authors' replication do-file
 * computes {@code total_imp / (total_prov * 3) * 100}.
 *
 * <p>Where tandem differs: PAM codes each provision once a year from secondary sources; tandem
 * derives a step's score from its recorded status on the day asked about ({@link #derived}),
 * unless a score was set explicitly for that step and year, which wins. The strict rate divides
 * by every step of the roadmap (or track); the lenient rate only by the steps that have started
 * (been agreed, or been given an explicit score above 0), as PAM's lenient sub-indices divide by
 * the provisions present in an accord.
 */
public final class ImplementationScores {
  private ImplementationScores() {}

  /**
   * The score a status implies: nothing agreed or implemented yet, withdrawn or reversed is 0;
   * implementing or suspended (started, then halted) is 1; implemented is 2 while a verification
   * the step requires is pending, 3 if it requires none; verified is 3.
   */
  public static int derived(Status status, boolean needsVerification) {
    if (status == null) {
      return 0;
    }
    return switch (status) {
      case PROPOSED, AGREED, REVERSED, WITHDRAWN -> 0;
      case IMPLEMENTING, SUSPENDED -> 1;
      case IMPLEMENTED -> needsVerification ? 2 : 3;
      case VERIFIED -> 3;
    };
  }

  /**
   * One step's score on a day.
   *
   * @param status its effective status that day, or null
   * @param explicit whether the score was set explicitly for that year
   * @param started whether it counts in the lenient denominator
   */
  public record StepScore(String step, String track, Status status, int score, boolean explicit, boolean started) {}

  /**
   * A rate over a set of steps.
   *
   * @param scope a track id, or {@code all}
   * @param provisions steps in the scope (strict denominator / 3)
   * @param started steps that have started (lenient denominator / 3)
   * @param points sum of their scores
   * @param strict points / (3 x provisions) x 100
   * @param lenient points / (3 x started) x 100, NaN when none has started
   */
  public record Rate(String scope, int provisions, int started, int points, double strict, double lenient) {
    static Rate of(String scope, List<StepScore> steps) {
      int points = steps.stream().mapToInt(StepScore::score).sum();
      int started = (int) steps.stream().filter(StepScore::started).count();
      return new Rate(scope, steps.size(), started, points, rate(points, steps.size()), rate(points, started));
    }
  }

  /** Every step's score, each track's rate and the overall rate on one day. */
  public record ScoreCard(LocalDate at, List<StepScore> steps, List<Rate> tracks, Rate overall) {
    public ScoreCard {
      steps = List.copyOf(steps);
      tracks = List.copyOf(tracks);
    }
  }

  /** {@code points / (3 x provisions) x 100}, NaN for no provisions. */
  public static double rate(int points, int provisions) {
    return provisions == 0 ? Double.NaN : points * 100.0 / (3.0 * provisions);
  }

  /** The score card on {@code at}, from the full history and score entries (corrections applied here). */
  public static ScoreCard at(Scenario scenario, List<StatusEntry> history, List<ScoreEntry> scores, LocalDate at) {
    List<StatusEntry> effective = Tracker.effective(history);
    Map<String, Status> status = new HashMap<>();
    Set<String> agreed = new HashSet<>();
    for (StatusEntry e : effective) {
      if (e.date().isAfter(at)) {
        continue;
      }
      status.put(e.step(), e.status());
      // Once agreed, a step stays started, whatever happens to it later.
      if (e.status().agreedOrLater()) {
        agreed.add(e.step());
      }
    }
    Map<String, Integer> explicit = explicitScores(scores, at.getYear());
    List<StepScore> steps = new ArrayList<>();
    for (Step step : scenario.steps()) {
      Status s = status.get(step.id());
      Integer set = explicit.get(step.id());
      int score = set != null ? set : derived(s, step.verification() != null);
      boolean started = agreed.contains(step.id()) || (set != null && set > 0);
      steps.add(new StepScore(step.id(), step.track(), s, score, set != null, started));
    }
    List<Rate> tracks = new ArrayList<>();
    for (Track track : scenario.tracks()) {
      tracks.add(Rate.of(track.id(), steps.stream().filter(s -> s.track().equals(track.id())).toList()));
    }
    return new ScoreCard(at, steps, tracks, Rate.of("all", steps));
  }

  /**
   * The score card at the end of each year from the roadmap's first year to {@code at}'s year, the
   * last one on {@code at} itself.
   */
  public static List<ScoreCard> yearly(Scenario scenario, LocalDate startsOn, List<StatusEntry> history,
      List<ScoreEntry> scores, LocalDate at) {
    List<ScoreCard> cards = new ArrayList<>();
    for (int year = startsOn.getYear(); year <= at.getYear(); year++) {
      LocalDate end = LocalDate.of(year, 12, 31);
      cards.add(at(scenario, history, scores, end.isAfter(at) ? at : end));
    }
    return cards;
  }

  private static Map<String, Integer> explicitScores(List<ScoreEntry> scores, int year) {
    Set<Long> superseded = new HashSet<>();
    scores.forEach(s -> {
      if (s.supersedes() != null) {
        superseded.add(s.supersedes());
      }
    });
    Map<String, Integer> result = new LinkedHashMap<>();
    scores.stream().filter(s -> s.year() == year && !superseded.contains(s.id()))
        .sorted(Comparator.comparingLong(ScoreEntry::id))
        .forEach(s -> result.put(s.step(), s.score()));
    return result;
  }
}
