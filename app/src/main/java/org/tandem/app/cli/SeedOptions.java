package org.tandem.app.cli;

import org.tandem.core.sim.SimulationSettings;
import picocli.CommandLine.Option;

/** The master seed and worker threads that every simulating command takes. */
final class SeedOptions {
  @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: " + SimulationSettings.DEFAULT_SEED + ").")
  Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
  Integer threads;

  long seed() {
    return seed == null ? SimulationSettings.DEFAULT_SEED : seed;
  }

  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
