package org.tandem.core.bargain.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tandem.core.bargain.Actor;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * Collects actors read by any format and enforces what every format shares: unique names,
 * saliences summing to at most 100 per actor.
 */
final class ActorTable {
  private final List<Actor> actors = new ArrayList<>();
  private final Map<String, Location> names = new HashMap<>();

  /**
   * Adds an actor.
   *
   * @param nameAt where the name is
   * @param salienceAt where each salience is, for the error when their sum exceeds 100
   * @param rowAt where the actor's record starts
   */
  void add(String name, Location nameAt, String description, double capability,
      double[] positions, double[] saliences, Location[] salienceAt, Location rowAt) {
    if (name.isEmpty()) {
      throw UserException.of("missing-actor-name", nameAt, "expected an actor name, found an"
          + " empty field");
    }
    Location first = names.putIfAbsent(name, nameAt);
    if (first != null) {
      throw UserException.of("duplicate-actor", nameAt, String.format(Locale.ROOT,
          "actor names must be unique, but '%s' was already defined at %s", name, first));
    }
    double sum = 0;
    for (int d = 0; d < saliences.length; d++) {
      sum += saliences[d];
      if (sum > 100 + Actor.SALIENCE_SUM_SLACK) {
        throw UserException.of("salience-sum", salienceAt[d], String.format(Locale.ROOT,
            "the saliences of an actor must sum to at most 100, but those of '%s' reach %s"
                + " here", name, CsvLines.plain(sum)));
      }
    }
    actors.add(new Actor(name, description, capability, positions, saliences, rowAt));
  }

  List<Actor> actors() {
    return actors;
  }

  int size() {
    return actors.size();
  }
}
