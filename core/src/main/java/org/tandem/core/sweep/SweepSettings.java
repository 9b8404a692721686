package org.tandem.core.sweep;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * How to sweep.
 *
 * @param method the method's id (see {@link SweepMethods})
 * @param samples samples of the method (0 for methods that take none)
 * @param strategy the strategy every point is simulated under
 * @param runs replications per point, at least 1
 * @param seed the master seed: every point is simulated with it (common random numbers), and the
 *     design and the bootstrap draw from streams derived from it
 * @param threads worker threads, at least 1 (results do not depend on it)
 * @param outputs what to read from each point's result, at least one, none twice
 */
public record SweepSettings(String method, int samples, String strategy, long runs, long seed, int threads,
    List<Output> outputs) {

  public SweepSettings {
    outputs = List.copyOf(outputs);
    SweepMethods.of(method);
    if (runs < 1) {
      throw UserException.of("out-of-range", Location.of("--runs"), "--runs must be at least 1, not " + runs);
    }
    if (threads < 1) {
      throw UserException.of("out-of-range", Location.of("--threads"), "--threads must be at least 1, not " + threads);
    }
    if (outputs.isEmpty()) {
      throw UserException.of("missing-key", Location.of("--outputs"), "a sweep needs at least one output");
    }
    // A repeated output would be simulated, analysed and printed twice over, as if it were another.
    Set<Output> seen = new HashSet<>();
    for (Output o : outputs) {
      if (!seen.add(o)) {
        throw UserException.of("duplicate-id", Location.of("--outputs"), "output '" + o.id()
            + "' is given twice; give each output once");
      }
    }
  }

  /**
   * The line that identifies a sweep's work: everything that decides its points and their outputs
   * (the scenario's hash, parameters and ranges, method, samples, strategy, runs, seed, outputs),
   * and nothing that does not (threads).
   */
  public String describe(String scenarioSha256, List<Parameter> parameters) {
    StringBuilder b = new StringBuilder();
    b.append("scenario-sha256=").append(scenarioSha256);
    b.append(" params=");
    for (int i = 0; i < parameters.size(); i++) {
      b.append(i == 0 ? "" : ",").append(parameters.get(i).range());
    }
    b.append(" method=").append(method).append(" samples=").append(samples).append(" strategy=").append(strategy)
        .append(" runs=").append(runs).append(" seed=").append(seed).append(" outputs=");
    for (int i = 0; i < outputs.size(); i++) {
      b.append(i == 0 ? "" : ",").append(outputs.get(i).id());
    }
    return b.toString();
  }
}
