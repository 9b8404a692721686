package org.tandem.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.core.check.Scenarios;
import org.tandem.core.scenario.Scenario;

/**
 * Golden runs of the built-in korea-2012, which exercises every mechanic of the engine at once
 * (profiles switched by elections, conditional outcome tables, hazards with structural and
 * numeric factors, reciprocal groups, verification, snapback, conditional reversals, capability).
 * The summaries were written by the engine before it cached structural conditions and kept its
 * steps in bit sets (the per-month step counts were added afterwards, leaving every other line as it
 * was); such speed work must reproduce them number for number. A change here means
 * the engine's behaviour changed: review it and renew the files on purpose.
 */
class KoreaGoldenTest {
  private static final Scenario KOREA = Scenarios.load("korea-2012");

  @ParameterizedTest
  @CsvSource({
      "comprehensive, , 600, interpreted",
      "step-by-step, us-midterms-2014=divided, 600, interpreted",
      "strategic-patience, us-election-2012=republican, 600, generated"})
  void summaryMatchesTheCheckedInOne(String strategy, String given, long runs, String code) throws IOException {
    Map<String, String> conditions = given == null ? Map.of() : Map.of(given.split("=")[0], given.split("=")[1]);
    SimulationSettings settings = new SimulationSettings(strategy, runs, 2012, 2, conditions, null);
    String actual = Fingerprint.of(Simulation.run(KOREA, settings, ProgressListener.NONE, code.equals("generated")));
    Path golden = Path.of("src/test/resources/golden/korea-2012-" + strategy + "-runs-" + runs + ".txt");
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
