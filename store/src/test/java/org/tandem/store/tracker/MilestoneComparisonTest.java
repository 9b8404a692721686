package org.tandem.store.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.expr.ExpressionParser;
import org.tandem.core.sim.ProgressListener;
import org.tandem.core.sim.Simulation;
import org.tandem.core.sim.SimulationSettings;

class MilestoneComparisonTest {
  static final Scenario TINY = ImplementationScoresTest.tiny();
  static final SimulationResult SIMULATED = Simulation.run(TINY,
      new SimulationSettings("engage", 500, 42, 1, Map.of(), null), ProgressListener.NONE);

  final List<StatusEntry> history = new ArrayList<>();

  void add(String step, Status status, String date) {
    history.add(new StatusEntry(history.size() + 1, "tiny", step, status, LocalDate.parse(date), "s", null, null, null,
        "me", Instant.EPOCH));
  }

  @Test
  void scoresEachDateWithTheSimulatedProbabilityAndWhatHappened() {
    // tiny's milestone "deal": verified(stop-tests) and implemented(lift-embargo).
    add("open-talks", Status.AGREED, "2020-02-01");
    add("open-talks", Status.IMPLEMENTED, "2020-03-01");
    add("lift-embargo", Status.AGREED, "2020-06-01");
    add("stop-tests", Status.AGREED, "2020-06-01");
    add("lift-embargo", Status.IMPLEMENTED, "2020-09-01");
    add("stop-tests", Status.IMPLEMENTED, "2020-09-01");
    add("stop-tests", Status.VERIFIED, "2021-02-15");
    var result = MilestoneComparison.compare(TINY, SIMULATED, history,
        List.of(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 12, 31), LocalDate.of(2030, 1, 1)));
    double p2020 = SIMULATED.milestone("deal").cumulative()[11];
    double p2021 = SIMULATED.milestone("deal").cumulative()[23];
    assertThat(result.rows()).hasSize(2);
    assertThat(result.rows().get(0).happened()).isFalse();
    assertThat(result.rows().get(0).simulated()).isEqualTo(p2020);
    assertThat(result.rows().get(0).brier()).isCloseTo(p2020 * p2020, within(1e-12));
    assertThat(result.rows().get(1).happened()).isTrue();
    assertThat(result.rows().get(1).brier()).isCloseTo((1 - p2021) * (1 - p2021), within(1e-12));
    assertThat(result.brier()).isCloseTo((p2020 * p2020 + (1 - p2021) * (1 - p2021)) / 2, within(1e-12));
    // Reached on 15 February 2021, when the last of its conditions was recorded.
    Happened deal = result.outcomes().get(0);
    assertThat(deal.on()).isEqualTo(LocalDate.of(2021, 2, 15));
    assertThat(deal.simulatedByThen()).isEqualTo(SIMULATED.milestone("deal").cumulative()[13]);
    assertThat(deal.at()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(deal.probabilityOfOutcome()).isEqualTo(p2021);
  }

  @Test
  void aMilestoneOnceReachedStaysReachedAfterAReversal() {
    var deal = TINY.milestone("deal").orElseThrow().when().root();
    add("lift-embargo", Status.AGREED, "2020-06-01");
    add("lift-embargo", Status.IMPLEMENTED, "2020-09-01");
    add("stop-tests", Status.AGREED, "2020-06-01");
    add("stop-tests", Status.IMPLEMENTED, "2020-09-01");
    add("stop-tests", Status.VERIFIED, "2020-10-01");
    add("stop-tests", Status.REVERSED, "2020-11-01");
    assertThat(MilestoneComparison.reachedBy(deal, history, LocalDate.of(2020, 9, 30))).isFalse();
    assertThat(MilestoneComparison.reachedBy(deal, history, LocalDate.of(2021, 1, 1))).isTrue();
  }

  @Test
  void stagesFollowTheEnginesReading() throws Exception {
    assertThat(MilestoneComparison.stage(Status.IMPLEMENTING)).isEqualTo(MilestoneComparison.stage(Status.AGREED));
    assertThat(MilestoneComparison.stage(Status.SUSPENDED)).isZero();
    assertThat(MilestoneComparison.holds(ExpressionParser.parse("agreed(x) and not verified(x)"),
        Map.of("x", Status.IMPLEMENTED))).isTrue();
  }

  @Test
  void conditionsOnTheEnvironmentAreSkippedWithTheReason() throws Exception {
    assertThat(MilestoneComparison.unsupported(ExpressionParser.parse("verified(x) and tension <= 0.5")))
        .contains("the operator '<='");
    assertThat(MilestoneComparison.unsupported(ExpressionParser.parse("implemented(x) or reached(m)")))
        .contains("reached(...)");
    assertThat(MilestoneComparison.unsupported(ExpressionParser.parse("not reversed(x)"))).isEmpty();
  }
}
