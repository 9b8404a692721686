package org.tandem.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tandem.core.check.CheckResult;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.result.ComparisonResult;
import org.tandem.core.result.Manifest;
import org.tandem.core.scenario.BuiltinScenarios;
import org.tandem.core.scenario.Scenario;
import org.tandem.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tandem report}: renders the HTML report of a result saved with {@code --format json}. The
 * roadmap and the assumptions come from the scenario, which must be the very file that was run (its
 * SHA-256 is in the result's manifest).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Render the HTML report of a result saved by 'simulate' or 'compare' with --format json.",
      "The scenario is the built-in named in the result's manifest, or --scenario FILE; it must be the",
      "file that was run (same SHA-256)."})
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RESULT.json", description = "A result saved with --format json.")
  Path result;

  @Option(names = "--scenario", paramLabel = "FILE", description = "The scenario file that was run (default: the built-in named in the manifest).")
  Path scenario;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write the HTML report to FILE (default: " + ReportOptions.DEFAULT_FILE + " in the working directory).")
  Path report;

  @Option(names = "--charts", paramLabel = "DIR", description = "Also write each chart as SVG and PNG into DIR.")
  Path charts;

  @Override
  public Integer call() throws IOException {
    String name = result.toString();
    if (!Files.isRegularFile(result)) {
      throw UserException.of("no-such-file", Location.of(name), "'" + name + "' is not a file");
    }
    ReportOptions options = new ReportOptions();
    options.report = report;
    options.charts = charts;
    ResultReader.Saved saved = ResultReader.read(Files.readString(result, StandardCharsets.UTF_8), name);
    if (saved instanceof ResultReader.Simulated s) {
      Scenario loaded = scenarioOf(s.result().manifest());
      options.write(HtmlReport.simulation(loaded, s.result()), null, spec.commandLine().getErr());
    } else if (saved instanceof ResultReader.Compared c) {
      Scenario loaded = scenarioOf(c.comparisons().get(0).perStrategy().get(0).manifest());
      for (int i = 0; i < c.comparisons().size(); i++) {
        ComparisonResult comparison = c.comparisons().get(i);
        String variant = c.vary().isEmpty() ? null : c.vary() + "-" + c.outcomes().get(i);
        options.write(HtmlReport.comparison(loaded, comparison), variant, spec.commandLine().getErr());
      }
    }
    return Cli.OK;
  }

  /** The scenario that produced a result: --scenario FILE, or the built-in of the manifest's id, with the manifest's hash. */
  private Scenario scenarioOf(Manifest manifest) {
    String source;
    byte[] bytes;
    if (scenario != null) {
      source = scenario.toString();
      bytes = Scenarios.read(source);
    } else {
      Optional<byte[]> builtin = BuiltinScenarios.bytes(manifest.scenario());
      if (builtin.isEmpty()) {
        throw UserException.of("no-such-scenario", Location.of(result.toString()), "the result was run on scenario '"
            + manifest.scenario() + "', which is not built in: name its file with --scenario FILE");
      }
      source = manifest.scenario();
      bytes = builtin.get();
    }
    CheckResult checked = Scenarios.check(bytes, source);
    if (!checked.ok()) {
      throw new UserException(checked.diagnostics().stream().filter(d -> d.isError()).toList());
    }
    Scenario loaded = checked.scenario();
    if (!loaded.sha256().equalsIgnoreCase(manifest.scenarioSha256())) {
      throw UserException.of("scenario-mismatch", Location.of(source), "this is not the scenario the result was run on: "
          + "its SHA-256 is " + loaded.sha256() + ", the result's manifest has " + manifest.scenarioSha256()
          + (scenario == null ? " (the built-in has changed since; pass the file that was run with --scenario FILE)" : ""));
    }
    return loaded;
  }

}
