package org.tandem.core.bargain;

import java.util.Arrays;
import java.util.Objects;
import org.tandem.core.error.Location;

/**
 * One stakeholder of a bargaining problem.
 *
 * @param name short name, unique within a problem
 * @param description free text, may be empty
 * @param capability the actor's power or influence; finite and positive
 * @param positions one position per dimension, each in [0, 100]
 * @param saliences one salience per dimension, each in [0, 100], summing to at most 100
 * @param location where the actor was read from (its row), for error messages
 */
public record Actor(
    String name,
    String description,
    double capability,
    double[] positions,
    double[] saliences,
    Location location) {

  /** Slack allowed on the salience sum for decimal round-off in input files. */
  public static final double SALIENCE_SUM_SLACK = 1e-9;

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
    if (!(capability > 0) || !Double.isFinite(capability)) {
      throw new IllegalArgumentException("capability of " + name + " must be finite and > 0: "
          + capability);
    }
    positions = positions.clone();
    saliences = saliences.clone();
    if (positions.length == 0 || positions.length != saliences.length) {
      throw new IllegalArgumentException("actor " + name + " needs as many saliences as positions"
          + " (at least one): " + positions.length + " vs " + saliences.length);
    }
    double sum = 0;
    for (int d = 0; d < positions.length; d++) {
      requireScale("position", positions[d]);
      requireScale("salience", saliences[d]);
      sum += saliences[d];
    }
    if (sum > 100 + SALIENCE_SUM_SLACK) {
      throw new IllegalArgumentException("saliences of " + name + " sum to " + sum + " > 100");
    }
  }

  private static void requireScale(String what, double value) {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(what + " must be in [0, 100]: " + value);
    }
  }

  /** Number of dimensions. */
  public int dimensions() {
    return positions.length;
  }

  /** Position on dimension {@code d}, 0-100. */
  public double position(int d) {
    return positions[d];
  }

  /** Salience on dimension {@code d}, 0-100. */
  public double salience(int d) {
    return saliences[d];
  }

  /** A copy of the positions. */
  @Override
  public double[] positions() {
    return positions.clone();
  }

  /** A copy of the saliences. */
  @Override
  public double[] saliences() {
    return saliences.clone();
  }

  /** Sum of the saliences over all dimensions, 0-100. */
  public double totalSalience() {
    double sum = 0;
    for (double s : saliences) {
      sum += s;
    }
    return sum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Actor a && name.equals(a.name) && description.equals(a.description)
        && Double.compare(capability, a.capability) == 0
        && Arrays.equals(positions, a.positions) && Arrays.equals(saliences, a.saliences)
        && location.equals(a.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, capability, Arrays.hashCode(positions),
        Arrays.hashCode(saliences), location);
  }

  @Override
  public String toString() {
    return "Actor[" + name + ", c=" + capability + ", x=" + Arrays.toString(positions) + ", s="
        + Arrays.toString(saliences) + "]";
  }
}
