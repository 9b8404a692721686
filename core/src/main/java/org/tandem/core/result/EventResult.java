package org.tandem.core.result;

import java.util.Map;

/**
 * How an event played out across runs: for stochastic events the mean number of firings per run,
 * for scheduled events the share of each outcome.
 */
public record EventResult(String id, String kind, double meanFirings, Map<String, Double> outcomes) {
  public EventResult {
    outcomes = Map.copyOf(outcomes);
  }
}
