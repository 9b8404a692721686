package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.core.result.Manifest;
import org.tandem.core.result.MilestoneResult;
import org.tandem.core.result.SeriesResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;

class OutputTest {
  private static final Scenario TINY = SweepFixtures.tiny().scenario();

  @Test
  void defaultsAreEveryMilestonesProbabilityAndBreakdown() {
    assertThat(Output.defaults(TINY)).extracting(Output::id).containsExactly("p:deal", "breakdown");
  }

  @Test
  void unknownMilestonesMonthsAndKindsAreUserErrors() {
    assertThatThrownBy(() -> Output.parse("p:dael", TINY)).hasMessageContaining("did you mean 'deal'");
    assertThatThrownBy(() -> Output.parse("median:nothing", TINY)).hasMessageContaining("milestones: deal");
    assertThatThrownBy(() -> Output.parse("warheads:2021-01", TINY)).hasMessageContaining("no arsenal");
    assertThatThrownBy(() -> Output.parse("mean:deal", TINY)).hasMessageContaining("expected p:MILESTONE");
  }

  @Test
  void readsEachKindFromAResult() {
    // A hand-made result: 24 months from 2020-01; milestone reached by 70% of runs, half of them by
    // 2020-07 (month 6); the warheads median is 10 + month.
    double[] p50 = new double[24];
    for (int t = 0; t < 24; t++) {
      p50[t] = 10 + t;
    }
    double[] none = new double[24];
    SeriesResult warheads = new SeriesResult("warheads", none, none, none, p50, none, none, 0.1, 0);
    MilestoneResult reached = new MilestoneResult("deal", "Deal", 0.7, Map.of(), none, "2020-07", 0);
    MilestoneResult never = new MilestoneResult("far", "Far", 0.2, Map.of(), none, null, 0);
    SimulationResult r = new SimulationResult(new Manifest("t", "", "s", Map.of(), 1, 10, "", ""),
        YearMonth.of(2020, 1), YearMonth.of(2021, 12), List.of(reached, never), 0.15, List.of(warheads), List.of(),
        List.of(), List.of(), List.of());
    assertThat(new Output(Output.Kind.PROBABILITY, "deal").valueIn(r)).isEqualTo(0.7);
    assertThat(new Output(Output.Kind.MEDIAN, "deal").valueIn(r)).isEqualTo(6);
    // Fewer than half the runs reach it: censored at the months simulated, the horizon plus one.
    assertThat(new Output(Output.Kind.MEDIAN, "far").valueIn(r)).isEqualTo(24);
    assertThat(new Output(Output.Kind.WARHEADS, "2021-03").valueIn(r)).isEqualTo(10 + 14);
    assertThat(new Output(Output.Kind.BREAKDOWN, "").valueIn(r)).isEqualTo(0.15);
  }
}
