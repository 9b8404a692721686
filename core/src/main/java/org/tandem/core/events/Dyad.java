package org.tandem.core.events;

import java.util.Objects;

/**
 * A pair of countries to follow: {@code USA-PRK} counts events in both directions, {@code USA>PRK}
 * only those with USA as source (actor 1) and PRK as target (actor 2).
 */
public record Dyad(String first, String second, boolean directed) {

  public Dyad {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (Countries.idOfCode(first) == Countries.NONE || Countries.idOfCode(second) == Countries.NONE) {
      throw new IllegalArgumentException("dyad countries are three-letter upper-case codes, found "
          + first + " and " + second);
    }
  }

  /**
   * Reads {@code AAA-BBB} (both directions) or {@code AAA>BBB} (one direction).
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static Dyad parse(String text) {
    String t = text.strip();
    int sep = t.indexOf('>');
    boolean directed = sep >= 0;
    if (!directed) {
      sep = t.indexOf('-');
    }
    if (sep != 3 || t.length() != 7) {
      throw new IllegalArgumentException("expected a dyad such as USA-PRK or USA>PRK, found \"" + text + "\"");
    }
    return new Dyad(t.substring(0, 3), t.substring(4), directed);
  }

  int firstId() {
    return Countries.idOfCode(first);
  }

  int secondId() {
    return Countries.idOfCode(second);
  }

  /** Whether an event from {@code source} to {@code target} (ids) belongs to this dyad. */
  public boolean matches(int source, int target) {
    int a = firstId();
    int b = secondId();
    return source == a && target == b || !directed && source == b && target == a;
  }

  @Override
  public String toString() {
    return first + (directed ? ">" : "-") + second;
  }
}
