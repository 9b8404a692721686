package org.tandem.core.sim;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.random.RandomStreams;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;

/**
 * Runs many replications of a scenario under one strategy on worker threads. Workers claim blocks
 * of consecutive replication indices; each replication draws from its own substreams, and the
 * accumulators hold only integers, so the result is identical for any number of threads.
 */
public final class Simulation {
  /** Replications a worker claims at a time; fixed, so that nothing depends on scheduling. */
  static final int BLOCK = 256;
  /**
   * From this many runs the scenario's expressions are compiled to bytecode: writing and loading the
   * class takes a few hundredths of a second, and its code wants warming up before it pays; below
   * this both ways take about as long (measured on korea-2012). The system property {@code tandem.bytecode}
   * ({@code always} or {@code never}) overrides it, so tests can compare both ways.
   */
  static final long BYTECODE_FROM_RUNS = 1_000;

  private Simulation() {}

  /** Simulates {@code scenario}, which must have passed the checker. */
  public static SimulationResult run(Scenario scenario, SimulationSettings settings, ProgressListener progress) {
    return run(scenario, settings, progress, useBytecode(settings.runs()));
  }

  /** As {@link #run(Scenario, SimulationSettings, ProgressListener)}, choosing how expressions run. */
  static SimulationResult run(Scenario scenario, SimulationSettings settings, ProgressListener progress,
      boolean bytecode) {
    Scenario effective = withHorizon(scenario, settings.horizon());
    CompiledScenario model = new CompiledScenario(effective, settings.strategy(), settings.given(), bytecode);
    RandomStreams streams = new RandomStreams(settings.seed());
    double[] bounds = SeriesBounds.of(model);
    int threads = (int) Math.min(settings.threads(), (settings.runs() + BLOCK - 1) / BLOCK);
    AtomicLong nextBlock = new AtomicLong();
    AtomicLong done = new AtomicLong();
    List<Accumulator> parts = Workers.run(threads, "tandem-simulation",
        () -> work(model, streams, bounds, settings.runs(), nextBlock, done, progress));
    Accumulator total = new Accumulator(model, bounds);
    parts.forEach(total::merge);
    return Summary.of(model, settings, total);
  }

  /** Whether runs of this length should compile expressions to bytecode. */
  static boolean useBytecode(long runs) {
    String policy = System.getProperty("tandem.bytecode", "auto");
    if (policy.equals("always")) {
      return true;
    }
    return !policy.equals("never") && runs >= BYTECODE_FROM_RUNS;
  }

  private static Accumulator work(CompiledScenario model, RandomStreams streams, double[] bounds, long runs,
      AtomicLong nextBlock, AtomicLong done, ProgressListener progress) {
    Replication replication = new Replication(model, streams);
    Accumulator accumulator = new Accumulator(model, bounds);
    while (true) {
      long first = nextBlock.getAndIncrement() * BLOCK;
      if (first >= runs) {
        return accumulator;
      }
      long last = Math.min(runs, first + BLOCK);
      for (long k = first; k < last; k++) {
        replication.run(k, accumulator);
      }
      progress.completed(done.addAndGet(last - first));
    }
  }

  private static Scenario withHorizon(Scenario s, YearMonth horizon) {
    if (horizon == null || horizon.equals(s.horizon())) {
      return s;
    }
    if (!horizon.isAfter(s.start())) {
      throw UserException.of("out-of-range", Location.of("--horizon"), "--horizon " + horizon
          + " must come after the scenario's start " + s.start());
    }
    return new Scenario(s.sourceName(), s.sha256(), s.text(), s.formatVersion(), s.id(), s.title(), s.description(),
        s.sources(), s.start(), horizon, s.model(), s.issues(), s.actors(), s.tracks(), s.environment(),
        s.capability(), s.steps(), s.events(), s.strategies(), s.defaultStrategy(), s.milestones(), s.breakdown(),
        s.assumptions(), s.references());
  }
}
