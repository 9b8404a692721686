package org.tandem.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.UserException;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.MetricComparison;
import org.tandem.core.scenario.Scenario;

class ComparisonTest {
  /**
   * One step, no issue (support 1), threshold 0, space 1: agreed each month with probability
   * pace x rule pace. Over 12 months P(agreed) = 1 - (1 - p)^12: 0.7176 for p = 0.1 and 0.4596 for
   * p = 0.05, a true difference of -0.2580.
   */
  private static final String TOY_YAML = """
      tandem: 1
      id: toy
      title: Toy
      note: "test fixture"
      start: 2020-01
      horizon: 2020-12
      model: {pace: 0.1, threshold: 0}
      issues:
        - {id: i, name: I, scale: {low: a, high: b}, status-quo: 0}
      actors:
        - {id: a, name: A, capability: 1, positions: {i: {position: 100, salience: 1}}}
      tracks:
        - {id: t, name: T}
      steps:
        - {id: s, track: t, title: S, actors: [a], issue: i, moves: 10}
      strategies:
        - id: fast
          name: Fast
        - id: slow
          name: Slow
          rules:
            - {select: {all: true}, pace: 0.5}
      milestones:
        - {id: done, name: Done, when: "agreed(s)"}
      """;
  private static final Scenario TOY = TestScenarios.parse(TOY_YAML);
  private static final double TRUE_DIFFERENCE = (1 - Math.pow(0.95, 12)) - (1 - Math.pow(0.9, 12));

  private static ComparisonResult compare(long runs, long seed, boolean independent) {
    return Comparison.run(TOY, new ComparisonSettings(List.of("fast", "slow"), "fast", runs, seed, 2, Map.of(),
        List.of(), independent), ProgressListener.NONE);
  }

  @Test
  void pairedIntervalCoversTheKnownDifference() {
    // 40 independent seeds of a 95% interval: the count that covers is Binomial(40, 0.95); fewer than
    // 33 happens with probability about 1e-4 (false alarm rate of this test).
    int covered = 0;
    for (long seed = 1; seed <= 40; seed++) {
      var d = compare(2000, seed, false).metric("p:done").differences().get(1);
      if (d.low() <= TRUE_DIFFERENCE && TRUE_DIFFERENCE <= d.high()) {
        covered++;
      }
    }
    assertThat(covered).isGreaterThanOrEqualTo(33);
  }

  @Test
  void commonRandomNumbersShrinkTheVarianceOfDifferences() {
    MetricComparison paired = compare(4000, 3, false).metric("months:done");
    // The same decision draws face both paces, so agreement months are strongly correlated.
    assertThat(paired.varianceRatios().get(1)).isGreaterThan(2);
    MetricComparison independent = compare(4000, 3, true).metric("months:done");
    // Without common numbers the measured variance of the difference is the sum of the variances:
    // the ratio is 1 up to sampling noise.
    assertThat(independent.varianceRatios().get(1)).isBetween(0.85, 1.15);
  }

  @Test
  void independentStrategiesAreReproducedBySimulatingWithTheirManifestSeed() {
    ComparisonResult r = compare(1500, 11, true);
    assertThat(r.perStrategy().get(0).manifest().seed()).isEqualTo(11);
    long slowSeed = r.perStrategy().get(1).manifest().seed();
    assertThat(slowSeed).isEqualTo(Comparison.independentSeed(11, "slow")).isNotEqualTo(11);
    for (var one : r.perStrategy()) {
      var alone = Simulation.run(TOY, new SimulationSettings(one.manifest().strategy(), 1500, one.manifest().seed(), 3,
          Map.of(), null), ProgressListener.NONE);
      assertThat(Fingerprint.of(one)).isEqualTo(Fingerprint.of(alone));
    }
    // With common random numbers every manifest carries the master seed, which reproduces it too.
    ComparisonResult paired = compare(1500, 11, false);
    assertThat(paired.perStrategy().get(1).manifest().seed()).isEqualTo(11);
    assertThat(Fingerprint.of(paired.perStrategy().get(1))).isEqualTo(Fingerprint.of(Simulation.run(TOY,
        new SimulationSettings("slow", 1500, 11, 1, Map.of(), null), ProgressListener.NONE)));
  }

  @Test
  void varianceRatioIsNaNWhenNeitherStrategyVaries() {
    // The toy has nothing that breaks the process down: breakdown is 0 in every run of both strategies.
    MetricComparison breakdown = compare(500, 4, false).metric("breakdown");
    assertThat(breakdown.values().get(1).mean()).isZero();
    assertThat(breakdown.varianceRatios().get(1)).isNaN();
  }

  @Test
  void aScenarioWithoutCapabilityModelHasNoArsenalMetricsAndRefusesDates() {
    assertThat(compare(100, 2, false).metrics()).extracting(MetricComparison::id)
        .containsExactly("p:done", "months:done", "breakdown");
    assertThatThrownBy(() -> Comparison.run(TOY, new ComparisonSettings(List.of("fast", "slow"), "fast", 10, 1, 1,
        Map.of(), List.of(YearMonth.of(2020, 12)), false), ProgressListener.NONE))
        .isInstanceOf(UserException.class).hasMessageContaining("no capability model").hasMessageContaining("--dates");
  }

  @Test
  void intervalsStayWithinWhatTheMetricCanTake() {
    // Fast agrees with probability 0.5 a month (P by the horizon 0.9998), slow with 0.005 (0.058):
    // with 30 runs the normal interval of their difference (about -0.94 +- 0.085) and of slow's
    // censored months (near the cap of 13) reach past -1 and 13 for many seeds.
    Scenario extreme = TestScenarios.parse(TOY_YAML.replace("pace: 0.1", "pace: 0.5").replace("pace: 0.5}", "pace: 0.01}"));
    boolean cut = false;
    for (long seed = 1; seed <= 20; seed++) {
      ComparisonResult r = Comparison.run(extreme, new ComparisonSettings(List.of("fast", "slow"), "fast", 30, seed, 1,
          Map.of(), List.of(), false), ProgressListener.NONE);
      var p = r.metric("p:done").differences().get(1);
      var months = r.metric("months:done").values().get(1);
      var monthsDifference = r.metric("months:done").differences().get(1);
      assertThat(p.low()).isGreaterThanOrEqualTo(-1);
      assertThat(p.high()).isLessThanOrEqualTo(1);
      assertThat(months.low()).isGreaterThanOrEqualTo(1);
      assertThat(months.high()).isLessThanOrEqualTo(13);
      assertThat(monthsDifference.low()).isGreaterThanOrEqualTo(-12);
      assertThat(monthsDifference.high()).isLessThanOrEqualTo(12);
      cut |= p.low() == -1 || months.high() == 13;
    }
    assertThat(cut).as("some interval reached a bound, so the bounds were exercised").isTrue();
  }

  @Test
  void ranksAndBaseline() {
    ComparisonResult r = compare(2000, 5, false);
    MetricComparison p = r.metric("p:done");
    assertThat(p.ranks()).containsExactly(1, 2);
    assertThat(p.differences().get(0).mean()).isZero();
    assertThat(p.varianceRatios().get(0)).isNaN();
    assertThat(r.perStrategy()).hasSize(2);
  }

  @Test
  void sameResultWhateverTheThreadCount() {
    var settings1 = new ComparisonSettings(List.of("fast", "slow"), "slow", 1500, 9, 1, Map.of(), List.of(), false);
    var settings8 = new ComparisonSettings(List.of("fast", "slow"), "slow", 1500, 9, 8, Map.of(), List.of(), false);
    ComparisonResult one = Comparison.run(TOY, settings1, ProgressListener.NONE);
    ComparisonResult eight = Comparison.run(TOY, settings8, ProgressListener.NONE);
    assertThat(eight.metrics()).isEqualTo(one.metrics());
  }

  @Test
  void badSettingsAreUserErrors() {
    assertThatThrownBy(() -> new ComparisonSettings(List.of("fast"), "fast", 10, 1, 1, Map.of(), List.of(), false))
        .isInstanceOf(UserException.class).hasMessageContaining("at least two");
    assertThatThrownBy(() -> new ComparisonSettings(List.of("fast", "fast"), "fast", 10, 1, 1, Map.of(), List.of(), false))
        .isInstanceOf(UserException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> new ComparisonSettings(List.of("fast", "slow"), "other", 10, 1, 1, Map.of(), List.of(), false))
        .isInstanceOf(UserException.class).hasMessageContaining("baseline");
    Scenario korea = org.tandem.core.check.Scenarios.load("korea-2012");
    assertThatThrownBy(() -> Comparison.run(korea, new ComparisonSettings(List.of("comprehensive", "strategic-patience"),
        "comprehensive", 10, 1, 1, Map.of(), List.of(YearMonth.of(2040, 1)), false), ProgressListener.NONE))
        .isInstanceOf(UserException.class).hasMessageContaining("outside");
    assertThatThrownBy(() -> Comparison.run(TOY, new ComparisonSettings(List.of("fast", "nope"), "fast", 10, 1, 1,
        Map.of(), List.of(), false), ProgressListener.NONE))
        .isInstanceOf(UserException.class).hasMessageContaining("no strategy 'nope'");
  }
}
