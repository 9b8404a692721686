package org.tandem.core.bargain.smp;

import org.tandem.core.bargain.Actor;
import org.tandem.core.bargain.Problem;

/**
 * The fixed attributes of the actors, on KTAB's internal scales: capability as given, saliences
 * divided by 100 ({@code smpread.cpp}), in flat arrays.
 */
final class SmpActors {
  final int n;
  final int dims;
  final double[] capability;
  /** {@code salience[i * dims + d]}, 0-1. */
  final double[] salience;
  /** Sum over dimensions of each actor's salience, 0-1. */
  final double[] totalSalience;
  /** Sum over dimensions of each actor's squared salience. */
  final double[] squaredSalience;

  SmpActors(Problem problem) {
    n = problem.actorCount();
    dims = problem.dimensionCount();
    capability = new double[n];
    salience = new double[n * dims];
    totalSalience = new double[n];
    squaredSalience = new double[n];
    for (int i = 0; i < n; i++) {
      Actor actor = problem.actors().get(i);
      capability[i] = actor.capability();
      double sum = 0;
      double squares = 0;
      for (int d = 0; d < dims; d++) {
        double s = actor.salience(d) / 100.0;
        salience[i * dims + d] = s;
        sum += s;
        squares += s * s;
      }
      totalSalience[i] = sum;
      squaredSalience[i] = squares;
    }
  }
}
