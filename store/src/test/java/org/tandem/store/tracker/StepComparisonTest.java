package org.tandem.store.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.result.StepResult;
import org.tandem.core.result.StepResult.Stage;

class StepComparisonTest {
  final List<StatusEntry> history = new ArrayList<>();

  void add(String step, Status status, String date) {
    history.add(new StatusEntry(history.size() + 1, "tiny", step, status, LocalDate.parse(date), "s", null, null, null,
        "me", Instant.EPOCH));
  }

  StepComparison.Row row(StepComparison.Result r, String step, Stage stage, String date) {
    return r.rows().stream().filter(x -> x.step().equals(step) && x.stage() == stage
        && x.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
  }

  @Test
  void scoresEveryStageOfEveryStepAtEachDate() {
    add("open-talks", Status.AGREED, "2020-02-01");
    add("open-talks", Status.IMPLEMENTED, "2020-03-01");
    add("lift-embargo", Status.AGREED, "2021-06-01");
    add("lift-embargo", Status.REVERSED, "2021-07-01");
    var sim = MilestoneComparisonTest.SIMULATED;
    var result = StepComparison.compare(MilestoneComparisonTest.TINY, sim, history,
        List.of(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 12, 31), LocalDate.of(2031, 1, 1)));
    // tiny: 3 steps x 3 stages x 2 dates inside 2020-01..2022-12.
    assertThat(result.rows()).hasSize(18);
    StepResult openTalks = sim.step("open-talks");
    var agreed2020 = row(result, "open-talks", Stage.AGREED, "2020-12-31");
    assertThat(agreed2020.happened()).isTrue();
    assertThat(agreed2020.simulated()).isEqualTo(openTalks.agreedBy()[11]);
    assertThat(agreed2020.brier()).isCloseTo((1 - openTalks.agreedBy()[11]) * (1 - openTalks.agreedBy()[11]),
        within(1e-12));
    // open-talks has no verification: the simulation never verifies it and neither did reality.
    assertThat(row(result, "open-talks", Stage.VERIFIED, "2021-12-31").brier()).isZero();
    // A reversal does not undo the first agreement, as in the engine.
    assertThat(row(result, "lift-embargo", Stage.AGREED, "2020-12-31").happened()).isFalse();
    assertThat(row(result, "lift-embargo", Stage.AGREED, "2021-12-31").happened()).isTrue();
    assertThat(row(result, "lift-embargo", Stage.IMPLEMENTED, "2021-12-31").happened()).isFalse();
    double mean = result.rows().stream().filter(r -> r.step().equals("open-talks"))
        .mapToDouble(StepComparison.Row::brier).average().orElseThrow();
    assertThat(result.brierByStep().get("open-talks")).isCloseTo(mean, within(1e-12));
  }

  @Test
  void outcomesGiveTheProbabilityOfWhatHappenedByTheLastDate() {
    add("open-talks", Status.AGREED, "2020-02-01");
    var sim = MilestoneComparisonTest.SIMULATED;
    var result = StepComparison.compare(MilestoneComparisonTest.TINY, sim, history,
        List.of(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 6, 30)));
    Happened agreed = result.outcomes().stream().filter(h -> h.id().equals("open-talks")
        && h.stage().equals("agreed")).findFirst().orElseThrow();
    assertThat(agreed.on()).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(agreed.at()).isEqualTo(LocalDate.of(2021, 6, 30));
    assertThat(agreed.simulatedByThen()).isEqualTo(sim.step("open-talks").agreedBy()[1]);
    assertThat(agreed.probabilityOfOutcome()).isEqualTo(sim.step("open-talks").agreedBy()[17]);
    Happened notImplemented = result.outcomes().stream().filter(h -> h.id().equals("open-talks")
        && h.stage().equals("implemented")).findFirst().orElseThrow();
    assertThat(notImplemented.happened()).isFalse();
    assertThat(notImplemented.simulatedByThen()).isNaN();
    assertThat(notImplemented.probabilityOfOutcome())
        .isEqualTo(1 - sim.step("open-talks").implementedBy()[17]);
  }

  @Test
  void correctedEntriesDoNotCount() {
    add("open-talks", Status.AGREED, "2020-02-01");
    history.add(new StatusEntry(2, "tiny", "open-talks", Status.AGREED, LocalDate.parse("2021-02-01"), "s", null,
        null, 1L, "me", Instant.EPOCH));
    assertThat(StepComparison.firstReached(Tracker.effective(history), "open-talks", Stage.AGREED))
        .isEqualTo(LocalDate.of(2021, 2, 1));
  }
}
