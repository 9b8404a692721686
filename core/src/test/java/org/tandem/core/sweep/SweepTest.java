package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.UserException;
import org.tandem.core.sim.ProgressListener;

class SweepTest {

  @Test
  void oneAtATimeFollowsAMonotoneResponseAndSortsTheTornado() {
    ParameterSpace space = SweepFixtures.inline(SweepFixtures.ONE_STEP);
    List<Parameter> p = space.resolve(SweepFixtures.ranges("actors.a.capability=0.5:2", "model.pace=0.02:0.2"));
    SweepSettings settings = new SweepSettings("oat", 0, "go", 2000, 3, 2,
        List.of(new Output(Output.Kind.PROBABILITY, "signed"), new Output(Output.Kind.MEDIAN, "signed")));
    SweepResult r = Sweep.run(space, p, settings, null, false, ProgressListener.NONE);
    assertThat(r.points()).hasNumberOfRows(5);
    List<Swing> swings = ((Tornado) r.analysis()).swings();
    Swing pace = swings.get(0);
    assertThat(pace.parameter()).isEqualTo("model.pace");
    // P(signed by the horizon) = 1 - (1 - pace)^24 (SweepFixtures.ONE_STEP): 0.3843 at 0.02, 0.7080 at
    // 0.05 and 0.9953 at 0.2. 2,000 runs: standard errors at most 0.011, so 0.05 is over 4.5 of them.
    assertThat(pace.atLow()).isCloseTo(0.3843, within(0.05));
    assertThat(pace.base()).isCloseTo(0.7080, within(0.05));
    assertThat(pace.atHigh()).isCloseTo(0.9953, within(0.05));
    assertThat(pace.atLow()).isLessThan(pace.base());
    assertThat(pace.base()).isLessThan(pace.atHigh());
    // The lone actor's capability does not change its support (it is the only one): no swing at all,
    // exactly, because every point runs on the same random numbers.
    Swing capability = swings.get(1);
    assertThat(capability.parameter()).isEqualTo("actors.a.capability");
    assertThat(capability.swing()).isZero();
    // Median month: earlier with a faster pace; never above the censoring value, 24.
    Swing median = swings.stream().filter(s -> s.output().equals("median:signed") && s.parameter().equals("model.pace"))
        .findFirst().orElseThrow();
    assertThat(median.atHigh()).isLessThan(median.base());
    assertThat(median.atLow()).isLessThanOrEqualTo(24);
  }

  @Test
  void arsenalOutputRisesWithProductionOnTheBuiltInScenario() {
    // Monthly production is triangular (0.4, 0.7, max): its mean, (0.4 + 0.7 + max) / 3, goes from
    // 0.63 to 1.03 as max goes from 0.8 to 2, about 88 more units of material over the 219 months
    // to 2030-12 (one warhead per unit). The median arsenal at the horizon rises by some 50-70
    // warheads (seen with seeds 2 and 3), far beyond its noise over 200 runs.
    ParameterSpace space = ParameterSpace.of(Scenarios.read("korea-2012"), "korea-2012");
    List<Parameter> p = space.resolve(SweepFixtures.ranges("capability.production.max=0.8:2"));
    String last = space.scenario().horizon().toString();
    List<Output> outputs = List.of(Output.parse("warheads:" + last, space.scenario()),
        Output.parse("median:" + space.scenario().milestones().get(0).id(), space.scenario()));
    SweepResult r = Sweep.run(space, p, new SweepSettings("oat", 0, space.scenario().strategies().get(0).id(), 200, 2,
        2, outputs), null, false, ProgressListener.NONE);
    Swing arsenal = ((Tornado) r.analysis()).swings().get(0);
    assertThat(arsenal.output()).isEqualTo("warheads:" + last);
    assertThat(arsenal.atHigh()).isGreaterThan(arsenal.atLow());
    assertThat(arsenal.base()).isBetween(arsenal.atLow(), arsenal.atHigh());
    Swing median = ((Tornado) r.analysis()).swings().get(1);
    assertThat(median.atLow()).isBetween(0.0, (double) space.scenario().months());
  }

  @Test
  void resumedSweepEqualsAnUninterruptedOne(@TempDir Path dir) throws Exception {
    ParameterSpace space = SweepFixtures.tiny();
    List<Parameter> p = space.resolve(SweepFixtures.ranges("events.test.hazard.base=0.01:0.1",
        "actors.b.positions.trade.salience=0.3:1"));
    SweepSettings settings = new SweepSettings("lhs", 12, "engage", 300, 8, 2, Output.defaults(space.scenario()));
    SweepResult whole = Sweep.run(space, p, settings, null, false, ProgressListener.NONE);

    Path file = dir.resolve("s.checkpoint");
    assertThatThrownBy(() -> Sweep.run(space, p, settings, file, false, stopAfter(5)))
        .isInstanceOf(Interrupted.class);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2 + 5);
    // A kill in the middle of writing a line leaves part of it: resume drops it.
    Files.writeString(file, "5\t0.0", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertThatThrownBy(() -> Sweep.run(space, p, settings, file, false, ProgressListener.NONE))
        .isInstanceOf(UserException.class).hasMessageContaining("--resume");
    long[] firstReported = {-1};
    SweepResult resumed = Sweep.run(space, p, settings, file, true, done -> {
      if (firstReported[0] < 0) {
        firstReported[0] = done;
      }
    });
    assertThat(firstReported[0]).isEqualTo(5);
    assertThat(resumed.points()).isDeepEqualTo(whole.points());
    assertThat(resumed.values()).isDeepEqualTo(whole.values());
    assertThat(resumed.analysis()).isEqualTo(whole.analysis());
    assertThat(resumed.manifest()).isEqualTo(whole.manifest());
    assertThat(Files.readAllLines(file)).hasSize(2 + 12);
  }

  @Test
  void damagedCheckpointLineIsAUserErrorAtItsLine(@TempDir Path dir) throws Exception {
    ParameterSpace space = SweepFixtures.tiny();
    List<Parameter> p = space.resolve(SweepFixtures.ranges("events.test.hazard.base=0.01:0.1"));
    SweepSettings settings = new SweepSettings("oat", 0, "engage", 30, 8, 1, Output.defaults(space.scenario()));
    Path file = dir.resolve("s.checkpoint");
    assertThatThrownBy(() -> Sweep.run(space, p, settings, file, false, stopAfter(2)))
        .isInstanceOf(Interrupted.class);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(3, lines.get(3).replace('\t', ' '));
    Files.write(file, lines);
    UserException e = catchThrowableOfType(UserException.class,
        () -> Sweep.run(space, p, settings, file, true, ProgressListener.NONE));
    assertThat(e.diagnostics().get(0).location().line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("unreadable checkpoint line");
    // A point whose values are not the design's (a hand edit, another version) is refused too.
    Files.write(file, List.of(lines.get(0), lines.get(1), "0\t0.07\t0.5 0.0"));
    assertThatThrownBy(() -> Sweep.run(space, p, settings, file, true, ProgressListener.NONE))
        .isInstanceOf(UserException.class).hasMessageContaining("not point 0 of this sweep's design");
  }

  @Test
  void checkpointOfAnotherSweepIsRefused(@TempDir Path dir) {
    ParameterSpace space = SweepFixtures.tiny();
    List<Parameter> p = space.resolve(SweepFixtures.ranges("events.test.hazard.base=0.01:0.1"));
    Path file = dir.resolve("s.checkpoint");
    SweepSettings first = new SweepSettings("oat", 0, "engage", 50, 8, 1, Output.defaults(space.scenario()));
    Sweep.run(space, p, first, file, false, ProgressListener.NONE);
    SweepSettings otherSeed = new SweepSettings("oat", 0, "engage", 50, 9, 1, Output.defaults(space.scenario()));
    UserException e = catchThrowableOfType(UserException.class,
        () -> Sweep.run(space, p, otherSeed, file, true, ProgressListener.NONE));
    assertThat(e.diagnostics().get(0).code()).isEqualTo("checkpoint-mismatch");
    assertThat(e.getMessage()).contains("different sweep").contains("seed=8");
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    ParameterSpace space = SweepFixtures.tiny();
    List<Parameter> p = space.resolve(SweepFixtures.ranges("events.test.hazard.base=0.01:0.1",
        "steps.lift-embargo.moves=10:40"));
    List<Output> outputs = List.of(Output.parse("p:deal", space.scenario()), Output.parse("median:deal", space.scenario()),
        Output.parse("breakdown", space.scenario()));
    SweepResult one = Sweep.run(space, p, new SweepSettings("sobol", 16, "engage", 600, 4, 1, outputs), null, false,
        ProgressListener.NONE);
    SweepResult three = Sweep.run(space, p, new SweepSettings("sobol", 16, "engage", 600, 4, 3, outputs), null, false,
        ProgressListener.NONE);
    assertThat(three.values()).isDeepEqualTo(one.values());
    assertThat(three.analysis()).isEqualTo(one.analysis());
    assertThat(one.points()).hasNumberOfRows(16 * 4);
    assertThat(((SobolTable) one.analysis()).indices()).hasSize(2 * 3);
  }

  @Test
  void pointThatFailsTheChecksIsFoundBeforeAnythingIsSimulated() {
    // Each end alone is fine, but mode above max happens inside the box.
    ParameterSpace space = SweepFixtures.tiny();
    List<Parameter> p = space.resolve(SweepFixtures.ranges("steps.lift-embargo.duration.mode=1:3.5",
        "steps.lift-embargo.duration.max=2.5:6"));
    long[] simulated = {0};
    UserException e = catchThrowableOfType(UserException.class, () -> Sweep.run(space, p,
        new SweepSettings("lhs", 40, "engage", 10, 1, 1, Output.defaults(space.scenario())), null, false,
        done -> simulated[0] = done));
    assertThat(e.getMessage()).contains("steps.lift-embargo.duration.mode = ").contains("steps.lift-embargo.duration.max = ");
    assertThat(simulated[0]).isZero();
  }

  @Test
  void wholeNumberFieldsTakeEveryWholeValueEquallyOften() {
    // breakdown.for (months in a row) only takes whole numbers. Over 1-4 each of the 4 values takes
    // a quarter of [0, 1), that is 3 of the 12 Latin hypercube strata, so each occurs exactly 3
    // times. (Rounding a uniform value, as tandem once did, gave 1 and 4 two strata each and 2 and 3
    // four: counts 2, 4, 4, 2.) The other parameter keeps one point per stratum.
    ParameterSpace space = SweepFixtures.tiny();
    List<Parameter> p = space.resolve(SweepFixtures.ranges("breakdown.for=1:4", "events.test.hazard.base=0.01:0.3"));
    assertThat(p.get(0).assumption().wholeNumber()).isTrue();
    assertThat(p.get(1).assumption().wholeNumber()).isFalse();
    SweepResult r = Sweep.run(space, p, new SweepSettings("lhs", 12, "engage", 20, 1, 1, Output.defaults(space.scenario())),
        null, false, ProgressListener.NONE);
    Map<Double, Integer> months = new TreeMap<>();
    int[] strata = new int[12];
    for (double[] point : r.points()) {
      months.merge(point[0], 1, Integer::sum);
      strata[(int) Math.floor((point[1] - 0.01) / (0.3 - 0.01) * 12)]++;
    }
    assertThat(months).containsExactly(entry(1.0, 3), entry(2.0, 3), entry(3.0, 3), entry(4.0, 3));
    assertThat(strata).containsOnly(1);
  }

  @Test
  void samplesAreCheckedPerMethod() {
    ParameterSpace space = SweepFixtures.tiny();
    List<Parameter> p = space.resolve(SweepFixtures.ranges("events.test.hazard.base=0.01:0.1",
        "steps.lift-embargo.moves=10:40"));
    List<Output> outputs = Output.defaults(space.scenario());
    assertThatThrownBy(() -> Sweep.run(space, p, new SweepSettings("lhs", 4, "engage", 10, 1, 1, outputs), null, false,
        ProgressListener.NONE)).isInstanceOf(UserException.class).hasMessageContaining("at least 5");
    assertThatThrownBy(() -> Sweep.run(space, p, new SweepSettings("oat", 10, "engage", 10, 1, 1, outputs), null, false,
        ProgressListener.NONE)).isInstanceOf(UserException.class).hasMessageContaining("no meaning for method oat");
    assertThatThrownBy(() -> new SweepSettings("morris", 10, "engage", 10, 1, 1, outputs))
        .isInstanceOf(UserException.class).hasMessageContaining("methods: oat, lhs, sobol");
  }

  @Test
  void designsTooLargeToRunAreUserErrorsSayingHowLarge() {
    ParameterSpace space = SweepFixtures.tiny();
    List<Parameter> p = space.resolve(SweepFixtures.ranges("events.test.hazard.base=0.01:0.1",
        "steps.lift-embargo.moves=10:40"));
    List<Output> outputs = Output.defaults(space.scenario());
    // 10^9 x (2 + 2) overflows an int: this used to be a NegativeArraySizeException.
    assertThatThrownBy(() -> Sweep.run(space, p, new SweepSettings("sobol", 1_000_000_000, "engage", 10, 1, 1,
        outputs), null, false, ProgressListener.NONE)).isInstanceOf(UserException.class)
        .hasMessageContaining("would simulate 4,000,000,000 points").hasMessageContaining("limited to 1,000,000");
    // Within an int, but over the limit: 250,001 x 4 = 1,000,004.
    assertThatThrownBy(() -> Sweep.run(space, p, new SweepSettings("sobol", 250_001, "engage", 10, 1, 1, outputs),
        null, false, ProgressListener.NONE)).isInstanceOf(UserException.class)
        .hasMessageContaining("would simulate 1,000,004 points");
    // A Latin hypercube of 2^31 - 1 points would need an array of that many rows (out of memory).
    assertThatThrownBy(() -> Sweep.run(space, p, new SweepSettings("lhs", Integer.MAX_VALUE, "engage", 10, 1, 1,
        outputs), null, false, ProgressListener.NONE)).isInstanceOf(UserException.class)
        .hasMessageContaining("would simulate 2,147,483,647 points");
  }

  private static ProgressListener stopAfter(int points) {
    return done -> {
      if (done >= points) {
        throw new Interrupted();
      }
    };
  }

  /** Stands for Ctrl-C: the sweep stops after a point has been recorded. */
  private static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
