package org.tandem.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.tandem.core.check.CheckResult;
import org.tandem.core.check.Scenarios;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.sim.Comparison;
import org.tandem.core.sim.ComparisonSettings;
import org.tandem.core.sim.ProgressListener;
import org.tandem.core.sim.Simulation;
import org.tandem.core.sim.SimulationSettings;

/** Scenarios and real (small, seeded) simulation results that the report tests draw. */
final class Fixtures {
  private Fixtures() {}

  /** A two-track scenario whose titles, names and sources are full of markup and ampersands. */
  static Scenario hostile() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/scenarios/hostile.yaml")) {
      CheckResult result = Scenarios.check(in.readAllBytes(), "hostile.yaml");
      if (!result.ok()) {
        throw new IllegalStateException("hostile.yaml does not load: " + result.diagnostics());
      }
      return result.scenario();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #hostile()} with {@code milestones: []}. */
  static Scenario hostileWithoutMilestones() {
    return hostileEdited(text -> text.substring(0, text.indexOf("milestones:")) + "milestones: []\n"
        + text.substring(text.indexOf("breakdown:")), "nom.yaml");
  }

  /** {@link #hostile()} with its text changed by {@code edit}, loaded as {@code name}. */
  static Scenario hostileEdited(java.util.function.UnaryOperator<String> edit, String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/scenarios/hostile.yaml")) {
      String text = edit.apply(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      CheckResult result = Scenarios.check(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), name);
      if (!result.ok()) {
        throw new IllegalStateException(name + " does not load: " + result.diagnostics());
      }
      return result.scenario();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scenario korea() {
    return Scenarios.load("korea-2012");
  }

  static SimulationResult simulate(Scenario s, String strategy, long runs) {
    return Simulation.run(s, new SimulationSettings(strategy, runs, 7, 2, Map.of(), null), ProgressListener.NONE);
  }

  static ComparisonResult compare(Scenario s, List<String> strategies, long runs) {
    // Arsenal dates only where there is an arsenal: compare refuses them for a scenario without one.
    List<java.time.YearMonth> dates = s.capability() == null ? List.of() : List.of(s.horizon());
    return Comparison.run(s, new ComparisonSettings(strategies, strategies.get(0), runs, 7, 2, Map.of(),
        dates, false), ProgressListener.NONE);
  }
}
