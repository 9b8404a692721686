package org.tandem.core.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.tandem.core.OrderedMaps;
import org.tandem.core.error.Location;

/** Something that happens to the process: on a date with one of its outcomes, or by chance. */
public sealed interface Event {
  String id();

  String name();

  Location location();

  /** Fires in month {@code date} with one of its outcomes. */
  record Scheduled(
      String id, String name, YearMonth date, List<Outcome> outcomes,
      List<ConditionalProbabilities> conditional, Location location) implements Event {
    public Scheduled {
      outcomes = List.copyOf(outcomes);
      conditional = List.copyOf(conditional);
    }

    /** The named outcome, or null. */
    public Outcome outcome(String outcomeId) {
      for (Outcome o : outcomes) {
        if (o.id().equals(outcomeId)) {
          return o;
        }
      }
      return null;
    }
  }

  /**
   * May fire in any month of [from, until] with monthly probability {@code base} times the factors
   * that apply.
   */
  record Stochastic(
      String id, String name, YearMonth from, YearMonth until, double base,
      List<HazardFactor> factors, Map<String, Double> effects, Location location) implements Event {
    public Stochastic {
      factors = List.copyOf(factors);
      effects = OrderedMaps.copyOf(effects);
    }
  }
}
