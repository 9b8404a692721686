package org.tandem.core.bargain;

import java.util.Locale;
import java.util.Optional;
import org.tandem.core.error.UserException;

/** What the one-dimension-at-a-time models share: the per-dimension forecast and its checks. */
final class Dimensions {
  private Dimensions() {}

  /** A weighted statistic of the first {@code n} positions, weights capability x salience. */
  interface Statistic {
    double of(double[] capability, double[] salience, double[] position, int n);
  }

  /**
   * The one-shot forecast of model {@code id}: {@code statistic} on each dimension, which must carry
   * some weight; the history, when asked for, holds the input positions only.
   */
  static Forecast forecast(String id, Problem problem, boolean withHistory, Statistic statistic) {
    int n = problem.actorCount();
    double[] c = problem.capabilities();
    double[] result = new double[problem.dimensionCount()];
    for (int d = 0; d < result.length; d++) {
      requirePositiveWeight(problem, d, id);
      result[d] = statistic.of(c, problem.saliences(d), problem.positions(d), n);
    }
    return new Forecast(id, result, 0, withHistory ? Optional.of(initialOnly(problem)) : Optional.empty());
  }

  /** Throws a user error if nobody cares about dimension {@code d}, so no weighting exists. */
  static void requirePositiveWeight(Problem problem, int d, String model) {
    double total = 0;
    for (Actor actor : problem.actors()) {
      total += actor.capability() * actor.salience(d);
    }
    if (!(total > 0)) {
      throw UserException.of("zero-salience-dimension", problem.location(), String.format(
          Locale.ROOT, "the %s model needs some salience on dimension '%s', but every actor's"
              + " salience there is 0", model, problem.dimensions().get(d)));
    }
  }

  /** The single-state history of a one-shot model: the input positions, no probabilities. */
  static History initialOnly(Problem problem) {
    int n = problem.actorCount();
    double[][][] positions = new double[1][n][];
    for (int i = 0; i < n; i++) {
      positions[0][i] = problem.actors().get(i).positions();
    }
    return new History(positions, new double[0][]);
  }
}
