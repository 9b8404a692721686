package org.tandem.core.result;

import java.util.Map;
import org.tandem.core.OrderedMaps;

/**
 * What reproduces a run: the scenario and its hash, the strategy, the conditioned outcomes, the
 * seed, the number of runs, the random number algorithm and tandem's version.
 */
public record Manifest(
    String scenario, String scenarioSha256, String strategy, Map<String, String> given, long seed, long runs,
    String rng, String version) {
  public Manifest {
    given = OrderedMaps.copyOf(given);
  }
}
