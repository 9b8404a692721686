package org.tandem.store.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.core.result.CountDistribution;
import org.tandem.core.result.EventResult;
import org.tandem.core.result.Manifest;
import org.tandem.core.result.SeriesHistogram;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;

class ObservationComparisonTest {
  /**
   * Three months from January 2020; in each, the ten runs of 'warheads' spread one to each of ten
   * bins over [0, 10]: the uniform distribution U(0, 10), whose percentiles are 0.5, 2.5, 5, 7.5, 9.5.
   */
  static SimulationResult uniform() {
    int[] counts = new int[3 * 10];
    java.util.Arrays.fill(counts, 1);
    double[] p = {0, 0, 0};
    SeriesResult warheads = new SeriesResult("warheads", new double[] {5, 5, 5}, new double[] {0.5, 0.5, 0.5},
        new double[] {2.5, 2.5, 2.5}, new double[] {5, 5, 5}, new double[] {7.5, 7.5, 7.5},
        new double[] {9.5, 9.5, 9.5}, 1, 0, new SeriesHistogram(0, 1, 10, 10, counts));
    SeriesResult tension = new SeriesResult("tension", p, p, p, p, p, p, 1, 0);
    return new SimulationResult(new Manifest("t", "0", "s", Map.of(), 1, 10, "rng", "v"), YearMonth.of(2020, 1),
        YearMonth.of(2020, 3), List.of(), 0, List.of(warheads, tension), List.of(), List.of(), List.of(), List.of());
  }

  final List<Observation> observations = new ArrayList<>();

  void add(String series, String date, double low, double high, Long supersedes) {
    observations.add(new Observation(observations.size() + 1, series, LocalDate.parse(date), low, high, "estimate",
        "s", null, supersedes, "me", Instant.EPOCH));
  }

  @Test
  void scoresEachObservationInItsMonthsDistribution() {
    add("warheads", "2020-01-31", 8, 8, null);
    add("warheads", "2020-02-01", 11, 13, null);
    var result = ObservationComparison.compare(uniform(), observations, Map.of(), LocalDate.of(2020, 12, 31));
    assertThat(result.rows()).hasSize(2);
    var eight = result.rows().get(0);
    assertThat(eight.month()).isEqualTo(YearMonth.of(2020, 1));
    assertThat(eight.percentile()).isCloseTo(80, within(1e-9));
    assertThat(eight.inside50()).isFalse();
    assertThat(eight.inside90()).isTrue();
    assertThat(eight.intervalScore90()).isEqualTo(9);
    // CRPS of U(0, 10) at 8 = 10 x CRPS of U(0, 1) at 0.8 = 10 x (0.8^3 + 0.2^3) / 3.
    assertThat(eight.crps()).isCloseTo(10 * (0.512 + 0.008) / 3, within(1e-9));
    // 11:13 is scored at its midpoint 12, in January's distribution (1 February is the state at
    // the end of January): above every run; interval score 9 + 20 x (12 - 9.5); CRPS 10/3 + (12 - 10).
    var range = result.rows().get(1);
    assertThat(range.month()).isEqualTo(YearMonth.of(2020, 1));
    assertThat(range.value()).isEqualTo(12);
    assertThat(range.percentile()).isEqualTo(100);
    assertThat(range.inside90()).isFalse();
    assertThat(range.intervalScore90()).isEqualTo(59);
    assertThat(range.crps()).isCloseTo(10.0 / 3 + 2, within(1e-9));
    var summary = result.summaries().get(0);
    assertThat(summary.observations()).isEqualTo(2);
    assertThat(summary.inside50()).isZero();
    assertThat(summary.inside90()).isEqualTo(1);
    assertThat(summary.coverage90()).isEqualTo(0.5);
    assertThat(summary.meanIntervalScore90()).isEqualTo(34);
    assertThat(summary.meanCrps()).isCloseTo((10 * 0.52 / 3 + 10.0 / 3 + 2) / 2, within(1e-9));
  }

  @Test
  void skipsUnknownSeriesOutOfRangeDatesAndCorrectedValuesSayingWhy() {
    add("missile-launches", "2020-01-31", 3, 3, null);
    add("warheads", "2019-12-31", 5, 5, null);
    add("warheads", "2020-05-31", 5, 5, null);
    add("warheads", "2020-02-29", 1, 1, null);
    add("warheads", "2020-02-29", 5, 5, 4L);
    add("warheads", "2021-02-28", 5, 5, null);
    var result = ObservationComparison.compare(uniform(), observations, Map.of(), LocalDate.of(2020, 12, 31));
    assertThat(result.rows()).extracting(ObservationComparison.Row::value).containsExactly(5.0);
    assertThat(result.skipped().get("missile-launches")).contains("no series or stochastic event 'missile-launches'")
        .contains("warheads, tension");
    assertThat(result.skipped().get("warheads")).contains("1 observation(s) dated before the first simulated month")
        .contains("1 observation(s) dated after the horizon");
  }

  @Test
  void anExplicitMatchComparesASeriesUnderAnotherName() {
    add("dprk-warheads", "2020-03-31", 5, 5, null);
    var result = ObservationComparison.compare(uniform(), observations, Map.of("dprk-warheads", "warheads"),
        LocalDate.of(2020, 12, 31));
    assertThat(result.rows()).hasSize(1);
    assertThat(result.rows().get(0).simulatedSeries()).isEqualTo("warheads");
    assertThat(result.rows().get(0).percentile()).isCloseTo(50, within(1e-9));
  }

  @Test
  void theMonthComparedIsTheLastOneEndedByTheDay() {
    assertThat(ObservationComparison.monthOf(LocalDate.of(2015, 1, 1))).isEqualTo(YearMonth.of(2014, 12));
    assertThat(ObservationComparison.monthOf(LocalDate.of(2014, 12, 31))).isEqualTo(YearMonth.of(2014, 12));
    assertThat(ObservationComparison.monthOf(LocalDate.of(2016, 2, 29))).isEqualTo(YearMonth.of(2016, 2));
    assertThat(ObservationComparison.monthOf(LocalDate.of(2016, 2, 15))).isEqualTo(YearMonth.of(2016, 1));
  }

  /**
   * As {@link #uniform()}, with a stochastic event 'test' whose firings in 2020 (three simulated
   * months) are 0, 1, 2 with probabilities 0.5, 0.3, 0.2: F(0) = 0.5, F(1) = 0.8, F(2) = 1.
   */
  static SimulationResult withYearlyCounts() {
    SimulationResult u = uniform();
    EventResult test = new EventResult("test", "stochastic", 0.7, Map.of(),
        Map.of("2020", new CountDistribution(3, new double[] {0.5, 0.3, 0.2})));
    return new SimulationResult(u.manifest(), u.start(), u.horizon(), u.milestones(), 0, u.series(), List.of(),
        List.of(), List.of(), List.of(test));
  }

  @Test
  void aMatchedYearlyCountIsScoredInTheEventsCountDistributionOfItsYear() {
    add("tests", "2020-12-31", 1, 1, null);
    add("tests", "2020-06-30", 5, 5, null);
    var result = ObservationComparison.compare(withYearlyCounts(), observations, Map.of("tests", "test"),
        LocalDate.of(2020, 12, 31));
    assertThat(result.rows()).isEmpty();
    assertThat(result.counts()).hasSize(2);
    var one = result.counts().get(0);
    assertThat(one.event()).isEqualTo("test");
    assertThat(one.year()).isEqualTo(2020);
    assertThat(one.months()).isEqualTo(3);
    assertThat(one.mean()).isCloseTo(0.7, within(1e-12));
    assertThat(one.probability()).isEqualTo(0.3);
    // Mid-distribution percentile 100 (F(0) + p(1) / 2) = 100 (0.5 + 0.15).
    assertThat(one.percentile()).isCloseTo(65, within(1e-9));
    // Smallest counts whose F reaches 0.05, 0.25, 0.5, 0.75, 0.95.
    assertThat(List.of(one.p05(), one.p25(), one.p50(), one.p75(), one.p95())).containsExactly(0, 0, 0, 1, 2);
    assertThat(one.inside50()).isTrue();
    assertThat(one.inside90()).isTrue();
    // Gneiting and Raftery 2007, eq. 43: the width 2 - 0, nothing outside.
    assertThat(one.intervalScore90()).isEqualTo(2);
    // (F(0) - 0)^2 + (F(1) - 1)^2 = 0.25 + 0.04.
    assertThat(one.crps()).isCloseTo(0.29, within(1e-12));
    var five = result.counts().get(1);
    assertThat(five.percentile()).isCloseTo(100, within(1e-9));
    assertThat(five.inside90()).isFalse();
    // Width 2 plus 2 / 0.1 x (5 - 2); CRPS 0.25 + 0.64 + 1 + 1 + 1.
    assertThat(five.intervalScore90()).isEqualTo(62);
    assertThat(five.crps()).isCloseTo(3.89, within(1e-12));
    var summary = result.countSummaries().get(0);
    assertThat(summary.simulatedSeries()).isEqualTo("test");
    assertThat(summary.observations()).isEqualTo(2);
    assertThat(summary.inside50()).isEqualTo(1);
    assertThat(summary.inside90()).isEqualTo(1);
    assertThat(summary.meanIntervalScore90()).isEqualTo(32);
    assertThat(summary.meanCrps()).isCloseTo(2.09, within(1e-12));
    assertThat(result.summaries()).isEmpty();
  }

  @Test
  void countsThatAreNotWholeOrOutsideTheSimulatedYearsAreSkippedSayingWhy() {
    add("tests", "2020-12-31", 1, 2, null);
    add("tests", "2021-12-31", 1, 1, null);
    add("launches", "2020-12-31", 1, 1, null);
    var result = ObservationComparison.compare(withYearlyCounts(), observations, Map.of("tests", "test"),
        LocalDate.of(2021, 12, 31));
    assertThat(result.counts()).isEmpty();
    assertThat(result.skipped().get("tests")).contains("1 observation(s) compared with an event's yearly count that "
        + "are not a whole count").contains("1 observation(s) dated in a year the simulation does not reach");
    // Without a match nothing is guessed: 'launches' is neither a series nor an event.
    assertThat(result.skipped().get("launches")).contains("no series or stochastic event 'launches'")
        .contains("stochastic events: test");
  }
}
