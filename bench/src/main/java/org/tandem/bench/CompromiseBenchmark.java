package org.tandem.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tandem.core.bargain.CompromiseModel;
import org.tandem.core.bargain.MedianModel;

/**
 * The one-dimensional compromise and median on primitive arrays, the path the simulation engine
 * calls many times. Inputs are a fixed, evenly spread group (no randomness needed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompromiseBenchmark {
  @Param({"8", "32"})
  public int actors;

  private double[] capability;
  private double[] salience;
  private double[] position;

  @Setup
  public void setUp() {
    capability = new double[actors];
    salience = new double[actors];
    position = new double[actors];
    for (int i = 0; i < actors; i++) {
      capability[i] = 10 + (i * 37) % 90;
      salience[i] = 20 + (i * 53) % 80;
      position[i] = (i * 71) % 101;
    }
  }

  @Benchmark
  public double compromise() {
    return CompromiseModel.weightedMean(capability, salience, position, actors);
  }

  @Benchmark
  public double median() {
    return MedianModel.weightedMedian(capability, salience, position, actors);
  }
}
