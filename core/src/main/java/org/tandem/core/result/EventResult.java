package org.tandem.core.result;

import java.util.Map;
import org.tandem.core.OrderedMaps;

/**
 * How an event played out across runs: for stochastic events the mean number of firings per run
 * and, per calendar year, the distribution of the year's number of firings; for scheduled events
 * the share of each outcome.
 *
 * @param byYear for a stochastic event, calendar year ("2013") to the distribution of its firings
 *     in that year, in year order (a year partly inside the simulated period counts its simulated
 *     months only); empty for a scheduled event
 */
public record EventResult(String id, String kind, double meanFirings, Map<String, Double> outcomes,
    Map<String, CountDistribution> byYear) {
  public EventResult {
    outcomes = OrderedMaps.copyOf(outcomes);
    byYear = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byYear));
  }

  /** An event result without yearly counts. */
  public EventResult(String id, String kind, double meanFirings, Map<String, Double> outcomes) {
    this(id, kind, meanFirings, outcomes, Map.of());
  }
}
