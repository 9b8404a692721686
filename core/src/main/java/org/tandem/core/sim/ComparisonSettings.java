package org.tandem.core.sim;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.tandem.core.OrderedMaps;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * How to compare strategies.
 *
 * @param strategies at least two strategy ids, distinct
 * @param baseline the strategy the others are compared with (one of them)
 * @param dates months at which to compare the arsenal; must be empty for a scenario without a
 *     capability model, which has no arsenal
 * @param independent draw each strategy from its own streams instead of common random numbers
 */
public record ComparisonSettings(
    List<String> strategies, String baseline, long runs, long seed, int threads, Map<String, String> given,
    List<YearMonth> dates, boolean independent) {

  public ComparisonSettings {
    strategies = List.copyOf(strategies);
    given = OrderedMaps.copyOf(given);
    dates = List.copyOf(dates);
    if (strategies.size() < 2) {
      throw UserException.of("out-of-range", Location.of("--strategies"),
          "compare needs at least two strategies, got " + strategies.size());
    }
    if (strategies.stream().distinct().count() != strategies.size()) {
      throw UserException.of("duplicate-id", Location.of("--strategies"), "a strategy is listed twice in " + strategies);
    }
    if (!strategies.contains(baseline)) {
      throw UserException.of("unknown-id", Location.of("--baseline"), "the baseline '" + baseline
          + "' is not one of the compared strategies " + strategies);
    }
    if (runs < 2) {
      throw UserException.of("out-of-range", Location.of("--runs"), "--runs must be at least 2 to estimate intervals, not " + runs);
    }
    if (threads < 1) {
      throw UserException.of("out-of-range", Location.of("--threads"), "--threads must be at least 1, not " + threads);
    }
  }
}
