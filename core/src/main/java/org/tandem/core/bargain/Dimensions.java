package org.tandem.core.bargain;

import java.util.Locale;
import org.tandem.core.error.UserException;

/** Checks shared by the one-dimension-at-a-time models. */
final class Dimensions {
  private Dimensions() {}

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
