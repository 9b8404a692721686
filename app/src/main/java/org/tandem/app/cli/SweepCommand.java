package org.tandem.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.BuiltinScenarios;
import org.tandem.core.sim.SimulationSettings;
import org.tandem.core.sweep.Output;
import org.tandem.core.sweep.Parameter;
import org.tandem.core.sweep.ParameterFile;
import org.tandem.core.sweep.ParameterRange;
import org.tandem.core.sweep.ParameterSpace;
import org.tandem.core.sweep.Sweep;
import org.tandem.core.sweep.SweepMethod;
import org.tandem.core.sweep.SweepMethods;
import org.tandem.core.sweep.SweepResult;
import org.tandem.core.sweep.SweepSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem sweep}: how the outputs respond to a scenario's numbers (sensitivity analysis). */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Measure which assumptions the results depend on (oat, lhs, sobol).",
      "Varies numbers of a scenario over ranges and measures how the outputs respond: one at a time (oat,",
      "a tornado), by partial rank correlation on a Latin hypercube (lhs), or by Sobol' indices (sobol).",
      "Every point runs on the same random numbers. Resumable with --resume after an interruption."})
public final class SweepCommand implements Callable<Integer> {
  /** The checkpoint used when neither --checkpoint nor --out is given. */
  static final String DEFAULT_CHECKPOINT = "tandem-sweep.checkpoint";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", arity = "0..1", defaultValue = BuiltinScenarios.DEFAULT,
      description = "A scenario file or built-in id (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--list-params", description = "List every number that can be swept, with its value and source, and stop.")
  boolean listParams;

  @Option(names = "--param", paramLabel = "PATH=LOW:HIGH", description = "A number to vary and its range (repeatable).")
  List<String> params = new ArrayList<>();

  @Option(names = "--params", paramLabel = "FILE", description = "A file of PATH=LOW:HIGH lines (# comments).")
  Path paramsFile;

  @Option(names = "--method", defaultValue = "oat", description = "oat, lhs or sobol (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--samples", paramLabel = "N", description = "lhs: points (default 100); sobol: base rows, each giving k + 2 points (default 128).")
  Integer samples;

  @Option(names = "--outputs", split = ",", paramLabel = "OUT,...",
      description = "p:MILESTONE, median:MILESTONE, warheads:YYYY-MM, breakdown (default: every milestone's p and breakdown).")
  List<String> outputs = new ArrayList<>();

  @Option(names = "--strategy", paramLabel = "ID", description = "Strategy to follow (default: the scenario's default-strategy, else its first).")
  String strategy;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "1000", description = "Replications per point (default: ${DEFAULT-VALUE}).")
  long runs;

  @picocli.CommandLine.Mixin SeedOptions seeding = new SeedOptions();

  @Option(names = "--checkpoint", paramLabel = "FILE",
      description = "Where completed points are recorded (default: next to --out, or " + DEFAULT_CHECKPOINT + ").")
  Path checkpoint;

  @Option(names = "--resume", description = "Continue the sweep recorded in the checkpoint.")
  boolean resume;

  @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  SimulateCommand.SimulateFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the result to FILE instead of standard output.")
  Path out;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @picocli.CommandLine.Mixin ReportOptions report = new ReportOptions();

  @Override
  public Integer call() throws IOException {
    report.check();
    ParameterSpace space = ParameterSpace.of(Scenarios.read(scenario), scenario);
    if (listParams) {
      print(SweepText.parameters(space));
      return Cli.OK;
    }
    // Before the sweep, which may run for hours.
    ResultOutput.check(out);
    // Every malformed, unknown or out-of-range parameter is reported in one run.
    Problems problems = new Problems();
    List<ParameterRange> ranges = new ArrayList<>();
    for (String p : params) {
      try {
        ranges.add(ParameterRange.parse(p, Location.of("--param")));
      } catch (UserException e) {
        problems.addAll(e.diagnostics());
      }
    }
    if (paramsFile != null) {
      ranges.addAll(ParameterFile.parse(readParams(), paramsFile.toString(), problems));
    }
    List<Parameter> parameters = space.resolve(ranges, problems);
    problems.throwIfErrors();
    SweepMethod m = SweepMethods.of(method);
    int n = samples == null ? m.defaultSamples() : samples;
    List<Output> chosen = new ArrayList<>();
    for (String o : outputs) {
      chosen.add(Output.parse(o, space.scenario()));
    }
    SweepSettings settings = new SweepSettings(m.id(), n,
        strategy != null ? strategy : space.scenario().defaultStrategy(), runs,
        seeding.seed(), seeding.threads(),
        chosen.isEmpty() ? Output.defaults(space.scenario()) : chosen);
    Path log = checkpoint != null ? checkpoint
        : out != null ? out.resolveSibling(out.getFileName() + ".checkpoint") : Path.of(DEFAULT_CHECKPOINT);
    // The checkpoint is written as points finish: its folder (by default --out's) must exist by then.
    OutputFiles.createFolders(log);
    if (resume && !Files.exists(log)) {
      spec.commandLine().getErr().println("tandem: no checkpoint at " + log + "; starting from the first point");
    }
    long started = System.nanoTime();
    SweepResult result;
    try (Progress progress = new Progress("sweep", m.points(n, parameters.size()), !quiet && Progress.interactive(),
        System.err)) {
      result = Sweep.run(space, parameters, settings, log, resume, progress);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String text;
    switch (format) {
      case json:
        text = Json.write(SweepJson.of(result, seconds, settings.threads())) + System.lineSeparator();
        break;
      case csv:
        text = SweepCsv.of(result);
        break;
      default:
        text = SweepText.of(result, seconds);
    }
    ResultOutput.write(spec, out, text);
    // The result is out: the record of completed points has served its purpose.
    Files.deleteIfExists(log);
    if (report.wanted()) {
      // The report shows the scenario at its own values (simulated once more, same runs and seed)
      // with the sweep's tornado or Sobol' charts beside it.
      org.tandem.core.result.SimulationResult baseline = org.tandem.core.sim.Simulation.run(space.scenario(),
          new SimulationSettings(settings.strategy(), settings.runs(), settings.seed(), settings.threads(),
              java.util.Map.of(), null), org.tandem.core.sim.ProgressListener.NONE);
      report.write(org.tandem.report.HtmlReport.simulation(space.scenario(), baseline, SweepCharts.of(result)), null,
          spec.commandLine().getErr());
    }
    return Cli.OK;
  }

  private String readParams() {
    try {
      return Files.readString(paramsFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UserException.of("unreadable-file", Location.of(paramsFile.toString()), "cannot read the params file: "
          + e.getMessage());
    }
  }

  private void print(String text) {
    PrintWriter writer = spec.commandLine().getOut();
    writer.print(text);
    writer.flush();
  }
}
