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
    assertThat(result.skipped().get("missile-launches")).contains("no series 'missile-launches'")
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
}
