package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.core.bargain.Actor;
import org.tandem.core.bargain.Forecast;
import org.tandem.core.bargain.History;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.Location;

class TextTableTest {
  private static final Location AT = new Location("t.csv", 2, 1);
  private static final Problem PROBLEM = new Problem("T", List.of("Trade", "Arms"), List.of(
      new Actor("A", "", 1, new double[] {10, 20}, new double[] {50, 50}, AT),
      new Actor("Bee", "", 1, new double[] {30, 40}, new double[] {50, 50}, AT)), AT);

  private static String write(List<Forecast> forecasts, boolean history) {
    StringWriter out = new StringWriter();
    TextTable.write(new PrintWriter(out, true), new ForecastResult("t.csv", PROBLEM, forecasts,
        List.of()), history);
    return out.toString();
  }

  @Test
  void alignsModelsInRowsAndDimensionsInColumns() {
    String text = write(List.of(
        new Forecast("compromise", new double[] {20, 30}, 0, Optional.empty()),
        new Forecast("smp", new double[] {12.345, 100}, 7, Optional.empty())), false);
    assertThat(text.lines().toList()).startsWith(
        "t.csv: T (2 actors, 2 dimensions)",
        "model       Trade    Arms  turns",
        "compromise  20.00   30.00      0",
        "smp         12.35  100.00      7");
  }

  @Test
  void historyShowsEveryStateWithProbabilitiesWhenTheModelHasThem() {
    History h = new History(new double[][][] {{{10, 20}, {30, 40}}, {{20, 30}, {20, 30}}},
        new double[][] {{0.25, 0.75}, {1, 1}});
    String text = write(List.of(new Forecast("smp", new double[] {20, 30}, 1, Optional.of(h))),
        true);
    assertThat(text).contains("probability that the actor's position wins")
        .contains("10.0/20.0 (0.250)").contains("30.0/40.0 (0.750)")
        .contains("20.0/30.0 (1.000)");
  }
}
