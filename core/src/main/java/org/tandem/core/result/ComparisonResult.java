package org.tandem.core.result;

import java.util.List;
import java.util.Map;
import org.tandem.core.OrderedMaps;

/**
 * Strategies compared on the same replications.
 *
 * @param commonRandomNumbers whether replication k of every strategy drew the same numbers from
 *     every stream (false with --independent)
 * @param perStrategy the full result of each strategy, with its manifest
 */
public record ComparisonResult(
    String scenario, List<String> strategies, String baseline, Map<String, String> given, long runs, long seed,
    boolean commonRandomNumbers, List<MetricComparison> metrics, List<SimulationResult> perStrategy) {
  public ComparisonResult {
    strategies = List.copyOf(strategies);
    given = OrderedMaps.copyOf(given);
    metrics = List.copyOf(metrics);
    perStrategy = List.copyOf(perStrategy);
  }

  public MetricComparison metric(String id) {
    return metrics.stream().filter(m -> m.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric " + id));
  }
}
