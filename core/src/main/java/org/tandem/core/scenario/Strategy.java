package org.tandem.core.scenario;

import java.util.List;
import org.tandem.core.error.Location;

/** What the initiating side offers, in rules tried in order; unmatched steps follow {@code defaultOffer}. */
public record Strategy(
    String id, String name, String description, List<StrategyRule> rules, boolean defaultOffer,
    Location location) {
  public Strategy {
    rules = List.copyOf(rules);
  }

  /** The first rule that applies to {@code step}, or null. */
  public StrategyRule ruleFor(Step step) {
    for (StrategyRule rule : rules) {
      if (rule.select().matches(step)) {
        return rule;
      }
    }
    return null;
  }
}
