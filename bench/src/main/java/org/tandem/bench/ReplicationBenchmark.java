package org.tandem.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tandem.core.check.Scenarios;
import org.tandem.core.sim.ReplicationDriver;

/**
 * One replication of a built-in scenario to its default horizon, on one thread. Divide the score
 * by months x steps for the cost per simulated step-month; run with {@code -prof gc} for the
 * allocation per replication.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReplicationBenchmark {
  @Param({"korea-2012"})
  public String scenario;

  @Param({"comprehensive", "strategic-patience"})
  public String strategy;

  private ReplicationDriver driver;
  private long next;

  @Setup(Level.Trial)
  public void setUp() {
    driver = new ReplicationDriver(Scenarios.load(scenario), strategy, Map.of(), 20121001L);
  }

  @Benchmark
  public long replication() {
    return driver.run(next++);
  }
}
