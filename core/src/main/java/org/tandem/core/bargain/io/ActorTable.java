package org.tandem.core.bargain.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.tandem.core.bargain.Actor;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;
import org.tandem.core.error.UserException;

/**
 * Collects actors read by any format and enforces what every format shares: unique names,
 * saliences summing to at most 100 per actor. It also collects the problems of the whole input,
 * so that a reader reports every bad value of a file at once instead of stopping at the first.
 */
final class ActorTable {
  private final List<Actor> actors = new ArrayList<>();
  private final Map<String, Location> names = new HashMap<>();
  private final Problems problems = new Problems();

  /**
   * The number {@code read} returns, or NaN when it throws a user error, which is recorded so that
   * the reader can go on to the next value.
   */
  double value(DoubleSupplier read) {
    try {
      return read.getAsDouble();
    } catch (UserException e) {
      problems.addAll(e.diagnostics());
      return Double.NaN;
    }
  }

  /** Whether {@code check} passes; when it throws a user error, that is recorded. */
  boolean passes(Runnable check) {
    try {
      check.run();
      return true;
    } catch (UserException e) {
      problems.addAll(e.diagnostics());
      return false;
    }
  }

  void error(String code, Location location, String message) {
    problems.error(code, location, message);
  }

  /**
   * Adds an actor. A value that could not be read is NaN (see {@link #value}); its problem is
   * already recorded, so such an actor is only checked for its name and not added.
   *
   * @param nameAt where the name is
   * @param salienceAt where each salience is, for the error when their sum exceeds 100
   * @param rowAt where the actor's record starts
   */
  void add(String name, Location nameAt, String description, double capability,
      double[] positions, double[] saliences, Location[] salienceAt, Location rowAt) {
    boolean ok = true;
    if (name.isEmpty()) {
      problems.error("missing-actor-name", nameAt, "expected an actor name, found an empty"
          + " field");
      ok = false;
    } else {
      Location first = names.putIfAbsent(name, nameAt);
      if (first != null) {
        problems.error("duplicate-actor", nameAt, String.format(Locale.ROOT,
            "actor names must be unique, but '%s' was already defined at %s", name, first));
        ok = false;
      }
    }
    boolean read = !Double.isNaN(capability);
    for (int d = 0; d < saliences.length; d++) {
      read &= !Double.isNaN(positions[d]) && !Double.isNaN(saliences[d]);
    }
    if (!read) {
      return;
    }
    double sum = 0;
    for (int d = 0; d < saliences.length; d++) {
      sum += saliences[d];
      if (sum > 100 + Actor.SALIENCE_SUM_SLACK) {
        problems.error("salience-sum", salienceAt[d], String.format(Locale.ROOT,
            "the saliences of an actor must sum to at most 100, but those of '%s' reach %s"
                + " here", name, CsvLines.plain(sum)));
        return;
      }
    }
    if (ok) {
      actors.add(new Actor(name, description, capability, positions, saliences, rowAt));
    }
  }

  /** Throws a user error with every problem recorded so far, if there is any. */
  void throwIfErrors() {
    problems.throwIfErrors();
  }

  /** The actors read without problems. */
  List<Actor> actors() {
    return actors;
  }
}
