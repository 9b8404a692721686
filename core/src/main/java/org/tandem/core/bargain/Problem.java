package org.tandem.core.bargain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tandem.core.OrderedMaps;
import org.tandem.core.error.Location;

/**
 * An immutable bargaining problem: named dimensions and the actors bargaining over them.
 *
 * @param name scenario name (may be empty)
 * @param dimensions dimension names, at least one
 * @param actors the actors, at least one, each with one position and salience per dimension,
 *     names unique
 * @param location where the actor table starts in the input, for errors about the whole problem
 * @param parameters model parameters carried by the input (e.g. a KTAB XML
 *     {@code ModelParameters} block), by their name in that input; empty when there are none
 */
public record Problem(
    String name,
    List<String> dimensions,
    List<Actor> actors,
    Location location,
    Map<String, String> parameters) {

  public Problem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    dimensions = List.copyOf(dimensions);
    actors = List.copyOf(actors);
    parameters = OrderedMaps.copyOf(parameters);
    if (dimensions.isEmpty()) {
      throw new IllegalArgumentException("a problem needs at least one dimension");
    }
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("a problem needs at least one actor");
    }
    Set<String> names = new HashSet<>();
    for (Actor actor : actors) {
      if (actor.dimensions() != dimensions.size()) {
        throw new IllegalArgumentException("actor " + actor.name() + " has "
            + actor.dimensions() + " dimensions, the problem " + dimensions.size());
      }
      if (!names.add(actor.name())) {
        throw new IllegalArgumentException("duplicate actor name " + actor.name());
      }
    }
  }

  /** A problem without model parameters. */
  public Problem(String name, List<String> dimensions, List<Actor> actors, Location location) {
    this(name, dimensions, actors, location, Map.of());
  }

  /** Number of actors. */
  public int actorCount() {
    return actors.size();
  }

  /** Number of dimensions. */
  public int dimensionCount() {
    return dimensions.size();
  }

  /** Capabilities in actor order. */
  public double[] capabilities() {
    double[] c = new double[actors.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = actors.get(i).capability();
    }
    return c;
  }

  /** Positions on dimension {@code d} in actor order, 0-100. */
  public double[] positions(int d) {
    double[] x = new double[actors.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = actors.get(i).position(d);
    }
    return x;
  }

  /** Saliences on dimension {@code d} in actor order, 0-100. */
  public double[] saliences(int d) {
    double[] s = new double[actors.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = actors.get(i).salience(d);
    }
    return s;
  }
}
