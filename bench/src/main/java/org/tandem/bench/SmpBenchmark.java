package org.tandem.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tandem.core.bargain.Problem;
import org.tandem.core.bargain.io.InputReaders;
import org.tandem.core.bargain.smp.SmpModel;
import org.tandem.core.bargain.smp.SmpOptions;
import org.tandem.core.bargain.smp.SmpRun;

/**
 * Time of the spatial model of politics with default options on KTAB's one-dimensional dummy
 * scenarios of 40, 80 and 160 actors: a whole run, and a single turn (a run capped at one turn:
 * the first state's setup, one bargaining turn and the next state's setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SmpBenchmark {
  @Param({"dummyData-a040.csv", "dummyData-a080.csv", "dummyData-a160.csv"})
  public String file;

  private Problem problem;
  private SmpModel full;
  private SmpModel oneTurn;

  @Setup
  public void setUp() {
    String shared = System.getProperty("tandem.shared.dir", "../shared");
    problem = InputReaders.read(Path.of(shared, "data", "ktab", file), null);
    full = new SmpModel(SmpOptions.DEFAULTS);
    SmpOptions d = SmpOptions.DEFAULTS;
    oneTurn = new SmpModel(new SmpOptions(d.victoryProbability(), d.votingRule(), d.pce(),
        d.transitions(), d.riskRange(), d.riskAdjust(), d.thirdParty(), d.interpolation(),
        d.bargains(), 1, d.stopRatio()));
  }

  /** A whole run until the stopping rule. */
  @Benchmark
  public SmpRun run() {
    return full.run(problem);
  }

  /** One turn. */
  @Benchmark
  public SmpRun turn() {
    return oneTurn.run(problem);
  }
}
