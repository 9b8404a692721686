package org.tandem.core.bargain.eu;

import java.util.List;

/**
 * A full run of the expected-utility model on one dimension.
 *
 * @param initialMean weighted mean of the input positions
 * @param initialMedian weighted median of the input positions
 * @param rounds the rounds performed; the run stops early when a round moves nobody
 */
public record EuRun(double initialMean, double initialMedian, List<EuRound> rounds) {
  public EuRun {
    rounds = List.copyOf(rounds);
  }

  /** The median after the last round (the model's forecast), or the initial median. */
  public double finalMedian() {
    return rounds.isEmpty() ? initialMedian : rounds.get(rounds.size() - 1).median();
  }
}
