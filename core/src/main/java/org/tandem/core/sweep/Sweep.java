package org.tandem.core.sweep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.tandem.core.Version;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Location;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;
import org.tandem.core.random.RandomStreams;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.Strategy;
import org.tandem.core.sim.ProgressListener;
import org.tandem.core.sim.Simulation;
import org.tandem.core.sim.SimulationSettings;

/**
 * Runs a sensitivity sweep: draws the method's design, checks the scenario at every point before
 * simulating any, simulates the points one after another (each on all worker threads, with the
 * same seed: common random numbers across points, so that differences between points come from
 * the parameters rather than from different draws), records each point's outputs in the checkpoint
 * as it finishes, and analyses them. Only the outputs of each point are kept, never its runs.
 *
 * <p>Random numbers: the design draws from stream {@value #DESIGN_STREAM}, and bootstrap
 * resampling from stream {@value #BOOTSTRAP_STREAM}, each the replication-0 substream of a
 * {@link RandomStreams} of the master seed; the simulations draw from the engine's own streams.
 * The result is the same for any thread count, and a resumed sweep equals an uninterrupted one.
 */
public final class Sweep {
  /** The stream the design's points are drawn from. */
  public static final String DESIGN_STREAM = "sweep-design";
  /** The stream bootstrap resamples are drawn from. */
  public static final String BOOTSTRAP_STREAM = "sweep-bootstrap";
  /**
   * The most points a sweep simulates. Each point costs about one {@code tandem simulate} (0.14 to
   * 0.5 s with 1,000 runs on korea-2012), so a million points is already days of work; and every
   * point is held in memory and checked before any is simulated. Far below the largest Java array.
   */
  public static final int MAX_POINTS = 1_000_000;

  private Sweep() {}

  /**
   * Sweeps {@code parameters} of {@code space}'s scenario.
   *
   * @param checkpoint the checkpoint file, or null for none
   * @param resume continue the sweep recorded in {@code checkpoint}
   * @param progress told the number of points done (including those resumed)
   */
  public static SweepResult run(ParameterSpace space, List<Parameter> parameters, SweepSettings settings,
      Path checkpoint, boolean resume, ProgressListener progress) {
    Scenario scenario = space.scenario();
    if (scenario.strategy(settings.strategy()).isEmpty()) {
      List<String> ids = scenario.strategies().stream().map(Strategy::id).toList();
      throw UserException.of("unknown-id", Location.of("--strategy"), "scenario " + scenario.id()
          + " has no strategy '" + settings.strategy() + "' (it has: " + String.join(", ", ids) + ")"
          + Suggestions.hint(settings.strategy(), ids));
    }
    List<Diagnostic> fixed = new ArrayList<>();
    for (Parameter p : parameters) {
      if (p.range().low() == p.range().high()) {
        fixed.add(Diagnostic.error("out-of-range", p.range().given(), "'" + p.path() + "' has LOW = HIGH = "
            + ParameterRange.format(p.range().low()) + ", so it does not vary: leave it out"));
      }
    }
    if (!fixed.isEmpty()) {
      throw new UserException(fixed);
    }
    SweepMethod method = SweepMethods.of(settings.method());
    int samples = settings.samples();
    method.checkSamples(samples, parameters.size());
    long size = method.points(samples, parameters.size());
    if (size > MAX_POINTS) {
      throw UserException.of("out-of-range", Location.of("--samples"), String.format(Locale.ROOT,
          "--samples is %,d, so method %s would simulate %,d points with %d parameters, but a sweep is limited to"
          + " %,d points (each costs about one tandem simulate)", samples, method.id(), size, parameters.size(),
          MAX_POINTS));
    }
    RandomStreams streams = new RandomStreams(settings.seed());
    UniformRandomProvider designRng = streams.substream(RandomStreams.key(DESIGN_STREAM), 0);
    double[][] points = method.design(parameters, samples, designRng);
    checkAll(space, parameters, points, settings.threads());
    String description = settings.describe(scenario.sha256(), parameters);
    String fingerprint = sha256(description);
    int outputCount = settings.outputs().size();
    Checkpoint log = checkpoint == null ? Checkpoint.none()
        : Checkpoint.open(checkpoint, resume, fingerprint, description, outputCount, parameters.size());
    double[][] values = new double[points.length][];
    for (int i = 0; i < log.completed(); i++) {
      if (i >= points.length || !Arrays.equals(log.point(i), points[i])) {
        throw UserException.of("checkpoint-mismatch", Location.of(String.valueOf(checkpoint)), "point " + i
            + " of the checkpoint is not point " + i + " of this sweep's design (written by another version of"
            + " tandem?); remove the file to start afresh");
      }
      values[i] = log.outputs(i);
    }
    progress.completed(log.completed());
    for (int i = log.completed(); i < points.length; i++) {
      values[i] = simulate(space.scenarioAt(parameters, points[i]), settings);
      log.append(points[i], values[i]);
      progress.completed(i + 1);
    }
    UniformRandomProvider bootstrapRng = streams.substream(RandomStreams.key(BOOTSTRAP_STREAM), 0);
    Analysis analysis = method.analyze(parameters, settings.outputs(), points, values, bootstrapRng);
    SweepManifest manifest = new SweepManifest(scenario.id(), scenario.sha256(), settings.strategy(), method.id(),
        samples, points.length, settings.runs(), settings.seed(), RandomStreams.ALGORITHM, Version.current(),
        fingerprint);
    return new SweepResult(manifest, parameters, settings.outputs(), points, values, analysis);
  }

  /**
   * Loads and checks the scenario at every point, on {@code threads} threads, before anything is
   * simulated; throws the user error of the first point in design order that fails.
   */
  private static void checkAll(ParameterSpace space, List<Parameter> parameters, double[][] points, int threads) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger firstBad = new AtomicInteger(points.length);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, points.length)), r -> {
      Thread t = new Thread(r, "tandem-sweep-check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < Math.min(threads, points.length); w++) {
        futures.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < firstBad.get(); i = next.getAndIncrement()) {
            try {
              space.scenarioAt(parameters, points[i]);
            } catch (UserException e) {
              firstBad.accumulateAndGet(i, Math::min);
            }
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("checking the sweep's points was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("checking a sweep point failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    if (firstBad.get() < points.length) {
      space.scenarioAt(parameters, points[firstBad.get()]);
    }
  }

  private static double[] simulate(Scenario scenario, SweepSettings settings) {
    SimulationResult result = Simulation.run(scenario, new SimulationSettings(settings.strategy(), settings.runs(),
        settings.seed(), settings.threads(), Map.of(), null), ProgressListener.NONE);
    double[] out = new double[settings.outputs().size()];
    for (int o = 0; o < out.length; o++) {
      out[o] = settings.outputs().get(o).valueIn(result);
    }
    return out;
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
