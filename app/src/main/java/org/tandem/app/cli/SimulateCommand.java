package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.result.SimulationResult;
import org.tandem.core.scenario.BuiltinScenarios;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.sim.Simulation;
import org.tandem.core.sim.SimulationSettings;
import org.tandem.report.HtmlReport;
import org.tandem.report.ObservedSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem simulate}: the main job - many replications of a scenario under one strategy. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate a scenario many times: milestone chances and timing, breakdown, fans, blockers.",
      "Runs the scenario month by month and reports how likely each milestone is and when, the breakdown",
      "risk, fan charts of the environment and the arsenal, and what blocks progress.",
      "Results are model outputs under the scenario's stated assumptions, not facts about the world.",
      "Also writes an HTML report with charts (tandem-report.html; --report FILE, --no-report)."})
public final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", arity = "0..1", defaultValue = BuiltinScenarios.DEFAULT,
      description = "A scenario file or built-in id (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--strategy", paramLabel = "ID", description = "Strategy to follow (default: the scenario's default-strategy, else its first).")
  String strategy;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "10000", description = "Replications (default: ${DEFAULT-VALUE}).")
  long runs;

  @Mixin SeedOptions seeding = new SeedOptions();

  @Option(names = "--horizon", paramLabel = "YYYY-MM", description = "Simulate to this month instead of the scenario's horizon.")
  String horizon;

  @Option(names = "--given", paramLabel = "EVENT=OUTCOME", description = "Condition on a scheduled event's outcome (repeatable).")
  List<String> givenOptions = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  SimulateFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
  Path out;

  @Option(names = "--observed", paramLabel = "FILE", description = "Show measured tension from event data in the"
      + " report: the CSV of 'tandem events aggregate|show --period month' (repeatable).")
  List<Path> observed = new ArrayList<>();

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Mixin ReportOptions report = new ReportOptions();

  /** Output formats of simulate. */
  public enum SimulateFormat { text, json, csv }

  @Override
  public Integer call() throws IOException {
    report.check();
    if (!observed.isEmpty() && !report.wanted()) {
      throw UserException.of("wrong-option", Location.of("--observed " + observed.get(0)), "measured tension"
          + " is shown only in the report: --observed cannot go with --no-report");
    }
    ResultOutput.check(out);
    List<ObservedSeries> measured = new ArrayList<>();
    for (Path file : observed) {
      measured.addAll(ObservedTensionFile.read(file));
    }
    Scenario loaded = Scenarios.load(scenario);
    String strategyId = strategy != null ? strategy : loaded.defaultStrategy();
    SimulationSettings settings = new SimulationSettings(strategyId, runs,
        seeding.seed(), seeding.threads(), Givens.parse(givenOptions), parseHorizon());
    long started = System.nanoTime();
    SimulationResult result;
    try (Progress progress = new Progress("simulate", runs, !quiet && Progress.interactive(), System.err)) {
      result = Simulation.run(loaded, settings, progress);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String text;
    switch (format) {
      case json: {
        ObjectNode root = ResultJson.of(result);
        root.putObject("timing").put("seconds", seconds).put("runsPerSecond", runs / Math.max(seconds, 1e-9))
            .put("threads", settings.threads());
        text = Json.write(root) + System.lineSeparator();
        break;
      }
      case csv:
        text = ResultCsv.of(result);
        break;
      default:
        text = ResultText.of(loaded, result, seconds);
    }
    ResultOutput.write(spec, out, text);
    if (report.wanted()) {
      report.write(HtmlReport.simulation(loaded, result, List.of(), measured), null, spec.commandLine().getErr());
    }
    return Cli.OK;
  }

  private YearMonth parseHorizon() {
    if (horizon == null) {
      return null;
    }
    try {
      return YearMonth.parse(horizon);
    } catch (DateTimeParseException e) {
      throw UserException.of("wrong-type", Location.of("--horizon"), String.format(Locale.ROOT,
          "--horizon must be a month as YYYY-MM, not '%s'", horizon));
    }
  }
}
