package org.tandem.core.bargain.eu;

import java.util.Objects;

/**
 * Options of the expected-utility model.
 *
 * @param mode as published or as the replication computes it
 * @param maxRounds rounds after which the model stops even if positions still change (the
 *     replication's runs use 10); 1 to 10,000
 * @param q probability that the status quo persists if i does not challenge (Scholz et al. and
 *     Bueno de Mesquita use 1); in [0, 1]
 * @param t probability that, if the status quo does not persist, things get better for i rather
 *     than worse; only matters when {@code q < 1}; in [0, 1]
 */
public record EuOptions(EuMode mode, int maxRounds, double q, double t) {

  /**
   * As published, 10 rounds, Q = 1, T = 1. The replication-compatible mode reproduces the
   * replication's logs but inherits its quirks (no capitulation, vanishing probabilities).
   */
  public static final EuOptions DEFAULTS = new EuOptions(EuMode.AS_PUBLISHED, 10, 1, 1);

  public EuOptions {
    Objects.requireNonNull(mode, "mode");
    if (maxRounds < 1 || maxRounds > 10_000) {
      throw new IllegalArgumentException("maxRounds must be in [1, 10000]: " + maxRounds);
    }
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("q must be in [0, 1]: " + q);
    }
    if (!(t >= 0 && t <= 1)) {
      throw new IllegalArgumentException("t must be in [0, 1]: " + t);
    }
  }

  /** These options with another mode. */
  public EuOptions withMode(EuMode newMode) {
    return new EuOptions(newMode, maxRounds, q, t);
  }

  /** These options with another round cap. */
  public EuOptions withMaxRounds(int rounds) {
    return new EuOptions(mode, rounds, q, t);
  }
}
