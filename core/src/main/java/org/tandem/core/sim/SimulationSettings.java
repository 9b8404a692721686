package org.tandem.core.sim;

import java.time.YearMonth;
import java.util.Map;
import org.tandem.core.OrderedMaps;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * How to simulate.
 *
 * @param strategy the strategy id
 * @param runs number of replications, at least 1
 * @param seed the master seed
 * @param threads worker threads, at least 1 (results do not depend on it)
 * @param given scheduled event id to the outcome it is conditioned on
 * @param horizon a horizon that replaces the scenario's, or null
 */
public record SimulationSettings(
    String strategy, long runs, long seed, int threads, Map<String, String> given, YearMonth horizon) {

  /** The seed used when none is given; printed in every manifest. */
  public static final long DEFAULT_SEED = 20121001L;

  public SimulationSettings {
    given = OrderedMaps.copyOf(given);
    if (runs < 1) {
      throw UserException.of("out-of-range", Location.of("--runs"), "--runs must be at least 1, not " + runs);
    }
    if (threads < 1) {
      throw UserException.of("out-of-range", Location.of("--threads"), "--threads must be at least 1, not " + threads);
    }
  }
}
