package org.tandem.core.sim;

import java.util.Map;
import org.tandem.core.random.RandomStreams;
import org.tandem.core.scenario.Scenario;

/**
 * Runs single replications of a scenario on the calling thread, for benchmarks and tools that
 * need one run at a time. Results are accumulated internally and discarded.
 */
public final class ReplicationDriver {
  private final CompiledScenario model;
  private final Replication replication;
  private final Accumulator accumulator;

  public ReplicationDriver(Scenario scenario, String strategy, Map<String, String> given, long seed) {
    model = new CompiledScenario(scenario, strategy, given, Simulation.useBytecode(Long.MAX_VALUE));
    replication = new Replication(model, new RandomStreams(seed));
    accumulator = new Accumulator(model, SeriesBounds.of(model));
  }

  /** Runs replication {@code index}; returns the number of runs this driver has made. */
  public long run(long index) {
    replication.run(index, accumulator);
    return accumulator.runs;
  }

  public int months() {
    return model.months;
  }

  public int steps() {
    return model.steps;
  }
}
