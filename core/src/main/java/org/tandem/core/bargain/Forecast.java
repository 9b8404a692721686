package org.tandem.core.bargain;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a model predicts for a problem.
 *
 * @param model the id of the model that made it
 * @param positions one forecast position per dimension, 0-100 scale
 * @param turns bargaining rounds performed (0 for the one-shot models)
 * @param history the path, when it was asked for
 */
public record Forecast(String model, double[] positions, int turns, Optional<History> history) {

  public Forecast {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(history, "history");
    positions = positions.clone();
    if (turns < 0) {
      throw new IllegalArgumentException("turns must be >= 0: " + turns);
    }
  }

  /** A copy of the forecast positions. */
  @Override
  public double[] positions() {
    return positions.clone();
  }

  /** Forecast position on dimension {@code d}. */
  public double position(int d) {
    return positions[d];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Forecast f && model.equals(f.model)
        && Arrays.equals(positions, f.positions) && turns == f.turns && history.equals(f.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, Arrays.hashCode(positions), turns, history);
  }

  @Override
  public String toString() {
    return "Forecast[" + model + ", " + Arrays.toString(positions) + ", turns=" + turns + "]";
  }
}
