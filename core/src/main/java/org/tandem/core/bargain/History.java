package org.tandem.core.bargain;

import java.util.Arrays;

/**
 * The path of a model run: positions per state per actor per dimension (0-100 scale) and, for
 * models that compute them, probabilities per state per actor. State 0 is the input.
 */
public final class History {
  private final double[][][] positions;
  private final double[][] probabilities;

  /**
   * @param positions {@code [state][actor][dimension]}, at least one state
   * @param probabilities {@code [state][actor]}, either empty or one row per state
   */
  public History(double[][][] positions, double[][] probabilities) {
    if (positions.length == 0) {
      throw new IllegalArgumentException("a history has at least the initial state");
    }
    if (probabilities.length != 0 && probabilities.length != positions.length) {
      throw new IllegalArgumentException("probabilities must be absent or one row per state: "
          + probabilities.length + " vs " + positions.length);
    }
    this.positions = deepCopy(positions);
    this.probabilities = new double[probabilities.length][];
    for (int t = 0; t < probabilities.length; t++) {
      this.probabilities[t] = probabilities[t].clone();
    }
  }

  private static double[][][] deepCopy(double[][][] x) {
    double[][][] copy = new double[x.length][][];
    for (int t = 0; t < x.length; t++) {
      copy[t] = new double[x[t].length][];
      for (int i = 0; i < x[t].length; i++) {
        copy[t][i] = x[t][i].clone();
      }
    }
    return copy;
  }

  /** Number of states, including the initial one. */
  public int states() {
    return positions.length;
  }

  /** Position of {@code actor} on {@code dimension} in state {@code state}, 0-100. */
  public double position(int state, int actor, int dimension) {
    return positions[state][actor][dimension];
  }

  /** Whether the model computed probabilities. */
  public boolean hasProbabilities() {
    return probabilities.length > 0;
  }

  /** Probability that {@code actor}'s position wins in {@code state}. */
  public double probability(int state, int actor) {
    return probabilities[state][actor];
  }

  /** A copy of all positions, {@code [state][actor][dimension]}. */
  public double[][][] positions() {
    return deepCopy(positions);
  }

  /** A copy of all probabilities, {@code [state][actor]}; empty if none. */
  public double[][] probabilities() {
    double[][] copy = new double[probabilities.length][];
    for (int t = 0; t < probabilities.length; t++) {
      copy[t] = probabilities[t].clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof History h && Arrays.deepEquals(positions, h.positions)
        && Arrays.deepEquals(probabilities, h.probabilities);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.deepHashCode(positions) + Arrays.deepHashCode(probabilities);
  }
}
