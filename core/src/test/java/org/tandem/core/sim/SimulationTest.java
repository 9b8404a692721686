package org.tandem.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.UserException;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;

class SimulationTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/tiny-seed-42-runs-500.txt");

  private final Scenario tiny = TestScenarios.resource("tiny.yaml");

  @Test
  void sameSeedGivesIdenticalResultsWhateverTheThreadCount() {
    SimulationResult oneThread = TestScenarios.simulate(tiny, "engage", 3000, 11, 1, Map.of());
    SimulationResult twoThreads = TestScenarios.simulate(tiny, "engage", 3000, 11, 2, Map.of());
    SimulationResult eightThreads = TestScenarios.simulate(tiny, "engage", 3000, 11, 8, Map.of());
    String one = Fingerprint.of(oneThread);
    assertThat(Fingerprint.of(twoThreads)).isEqualTo(one);
    assertThat(Fingerprint.of(eightThreads)).isEqualTo(one);
    // The yearly firing counts are not in the fingerprint (its golden files predate them).
    for (int e = 0; e < oneThread.events().size(); e++) {
      assertThat(twoThreads.events().get(e).byYear()).isEqualTo(oneThread.events().get(e).byYear());
      assertThat(eightThreads.events().get(e).byYear()).isEqualTo(oneThread.events().get(e).byYear());
    }
  }

  @Test
  void resultMapsKeepTheScenariosOrderSoThatEveryJvmWritesTheSameBytes() {
    // Map.copyOf iterates in an order that changes from one JVM to the next (about 1 in 24 runs
    // would put four outcomes in file order by chance); results must keep the scenario's order.
    Scenario korea = org.tandem.core.check.Scenarios.load("korea-2012");
    SimulationResult r = TestScenarios.simulate(korea, "comprehensive", 200, 5, 1, Map.of());
    int checked = 0;
    for (org.tandem.core.scenario.Event event : korea.events()) {
      if (event instanceof org.tandem.core.scenario.Event.Scheduled scheduled) {
        var outcomes = r.events().stream().filter(e -> e.id().equals(event.id())).findFirst().orElseThrow().outcomes();
        assertThat(outcomes.keySet()).containsExactlyElementsOf(
            scheduled.outcomes().stream().map(org.tandem.core.scenario.Outcome::id).toList());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5);
    for (var track : r.tracks()) {
      assertThat(track.startsNoLaterThan().keySet()).containsExactlyElementsOf(korea.tracks().stream()
          .map(t -> t.id()).filter(id -> !id.equals(track.id())).toList());
    }
  }

  @Test
  void differentSeedsGiveDifferentResults() {
    String a = Fingerprint.of(TestScenarios.simulate(tiny, "engage", 1000, 1, 2, Map.of()));
    String b = Fingerprint.of(TestScenarios.simulate(tiny, "engage", 1000, 2, 2, Map.of()));
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void seriesHistogramsAreTheDistributionTheQuantilesAreReadFrom() {
    SimulationResult r = TestScenarios.simulate(tiny, "engage", 1000, 3, 2, Map.of());
    var tension = r.series("tension");
    var histogram = tension.histogram();
    assertThat(histogram.months()).isEqualTo(r.months());
    assertThat(histogram.runs()).isEqualTo(1000);
    for (int t = 0; t < r.months(); t += 7) {
      // The quantiles invert the same piecewise-linear distribution function.
      assertThat(histogram.cdf(t, tension.p05()[t])).isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-9));
      assertThat(histogram.cdf(t, tension.p50()[t])).isCloseTo(0.50, org.assertj.core.api.Assertions.within(1e-9));
      assertThat(histogram.cdf(t, tension.p95()[t])).isCloseTo(0.95, org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  @Test
  void goldenRunMatchesTheCheckedInSummary() throws IOException {
    // The summary was produced by this engine at the commit that introduced it; a change in any
    // number means the engine's behaviour changed and the golden file must be reviewed and renewed.
    String actual = Fingerprint.of(TestScenarios.simulate(tiny, "engage", 500, 42, 2, Map.of()));
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void mergingAccumulatorsEqualsOnePass() {
    CompiledScenario model = new CompiledScenario(tiny, "engage", Map.of());
    double[] bounds = SeriesBounds.of(model);
    org.tandem.core.random.RandomStreams streams = new org.tandem.core.random.RandomStreams(5);
    Accumulator single = new Accumulator(model, bounds);
    Replication replication = new Replication(model, streams);
    for (long k = 0; k < 400; k++) {
      replication.run(k, single);
    }
    Accumulator first = new Accumulator(model, bounds);
    Accumulator second = new Accumulator(model, bounds);
    Replication other = new Replication(model, streams);
    for (long k = 399; k >= 0; k--) {
      other.run(k, k % 3 == 0 ? first : second);
    }
    Accumulator merged = new Accumulator(model, bounds);
    merged.merge(second);
    merged.merge(first);
    SimulationSettings settings = new SimulationSettings("engage", 400, 5, 1, Map.of(), null);
    assertThat(Fingerprint.of(Summary.of(model, settings, merged)))
        .isEqualTo(Fingerprint.of(Summary.of(model, settings, single)));
  }

  @Test
  void givenOutcomeFixesTheScheduledEvent() {
    SimulationResult r = TestScenarios.simulate(tiny, "engage", 500, 3, 2, Map.of("election", "hawk"));
    assertThat(r.events().stream().filter(e -> e.id().equals("election")).findFirst().orElseThrow().outcomes())
        .containsEntry("hawk", 1.0).containsEntry("dove", 0.0);
  }

  @Test
  void electionOutcomesFollowTheirProbabilities() {
    SimulationResult r = TestScenarios.simulate(tiny, "engage", 20000, 3, 2, Map.of());
    double dove = r.events().stream().filter(e -> e.id().equals("election")).findFirst().orElseThrow()
        .outcomes().get("dove");
    // Binomial(20000, 0.6): sd 0.0035; 0.015 is more than 4 sd (false alarm < 1e-4; the seed is fixed).
    assertThat(dove).isBetween(0.585, 0.615);
  }

  @Test
  void unknownGivenEventOrOutcomeIsAUserError() {
    assertThatThrownBy(() -> TestScenarios.simulate(tiny, "engage", 10, 1, 1, Map.of("elecion", "hawk")))
        .isInstanceOf(UserException.class).hasMessageContaining("did you mean 'election'");
    assertThatThrownBy(() -> TestScenarios.simulate(tiny, "engage", 10, 1, 1, Map.of("election", "owl")))
        .isInstanceOf(UserException.class).hasMessageContaining("not an outcome of 'election'");
    assertThatThrownBy(() -> TestScenarios.simulate(tiny, "engage", 10, 1, 1, Map.of("test", "x")))
        .isInstanceOf(UserException.class).hasMessageContaining("not a scheduled event");
  }

  @Test
  void unknownStrategyIsAUserErrorWithSuggestion() {
    assertThatThrownBy(() -> TestScenarios.simulate(tiny, "engag", 10, 1, 1, Map.of()))
        .isInstanceOf(UserException.class).hasMessageContaining("did you mean 'engage'");
  }

  @Test
  void horizonCanBeShortenedButNotPutBeforeTheStart() {
    SimulationResult r = Simulation.run(tiny, new SimulationSettings("engage", 100, 1, 1, Map.of(),
        java.time.YearMonth.of(2020, 6)), ProgressListener.NONE);
    assertThat(r.months()).isEqualTo(6);
    assertThat(r.series("tension").mean()).hasSize(6);
    assertThatThrownBy(() -> Simulation.run(tiny, new SimulationSettings("engage", 100, 1, 1, Map.of(),
        java.time.YearMonth.of(2019, 6)), ProgressListener.NONE)).isInstanceOf(UserException.class)
        .hasMessageContaining("--horizon");
  }

  @Test
  void progressReportsEveryRun() {
    long[] last = {0};
    Simulation.run(tiny, new SimulationSettings("engage", 1000, 1, 2, Map.of(), null),
        done -> {
          synchronized (last) {
            last[0] = Math.max(last[0], done);
          }
        });
    assertThat(last[0]).isEqualTo(1000);
  }
}
