package org.tandem.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.tandem.core.bargain.BargainingModel;
import org.tandem.core.bargain.BargainingModels;
import org.tandem.core.bargain.Forecast;
import org.tandem.core.bargain.ModelSettings;
import org.tandem.core.bargain.Problem;
import org.tandem.core.bargain.eu.EuOptions;
import org.tandem.core.bargain.io.InputFormat;
import org.tandem.core.bargain.ScenarioProblems;
import org.tandem.core.bargain.io.InputReaders;
import org.tandem.core.check.CheckResult;
import org.tandem.core.check.Scenarios;
import org.tandem.core.scenario.BuiltinScenarios;
import org.tandem.core.bargain.smp.SmpOptions;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tandem forecast FILE...}: reads bargaining problems (KTAB CSV or XML, or the
 * expected-utility replications' CSV; a directory stands for its files) and prints each model's
 * forecast side by side, as a table or as JSON lines.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = "Forecast bargaining outcomes with the compromise, median, expected-utility"
        + " (eu) and spatial (smp) models.")
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "input files, directories of .csv and .xml files, or scenarios (.yaml files or"
          + " built-in ids: each issue is forecast)")
  List<Path> files;

  @Option(names = "--given", paramLabel = "EVENT=OUTCOME", description = "for scenario inputs: forecast"
      + " with the profiles these scheduled outcomes switch to (repeatable)")
  List<String> givenOptions = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto (default), ktab-csv, ktab-xml or bdm-csv")
  String inputFormat;

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "all",
      description = "compromise, median, eu, smp or all (default: all, side by side)")
  String model;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json (one object per input per model per line)")
  String format;

  @Option(names = "--history", description = "include the turn-by-turn path")
  boolean history;

  @Option(names = "--seed", paramLabel = "N", description = "seed of the XO_SHI_RO_256_PP"
      + " generator for stochastic SMP transitions (default: a KTAB XML input's prngSeed)")
  Long seed;

  @Mixin EuFlags eu = new EuFlags();

  @Mixin SmpFlags smp = new SmpFlags();

  @Override
  public Integer call() {
    InputFormat formatIn = parseInputFormat();
    List<String> models = parseModels();
    boolean json = parseOutputFormat();
    EuOptions euOptions = eu.resolve();
    smp.resolve(Map.of(), Location.of("--smp-*"));
    List<Path> scenarios = files.stream().filter(ForecastCommand::isScenario).toList();
    List<Path> inputs = InputFiles.expand(files.stream().filter(f -> !isScenario(f)).toList());
    List<ForecastResult> results = new ArrayList<>();
    for (Path scenario : scenarios) {
      results.addAll(forecastScenario(scenario.toString(), models, euOptions));
    }
    results.addAll(IntStream.range(0, inputs.size()).parallel()
        .mapToObj(k -> forecast(inputs.get(k), formatIn, models, euOptions)).toList());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Diagnostic> errors = new ArrayList<>();
    for (ForecastResult result : results) {
      if (result.problem() != null && !result.forecasts().isEmpty()) {
        if (json) {
          JsonLines.write(out, result, history);
        } else {
          TextTable.write(out, result, history);
        }
      }
      for (Diagnostic d : result.diagnostics()) {
        if (d.isError()) {
          errors.add(d);
        } else {
          err.println(d);
        }
      }
    }
    out.flush();
    err.flush();
    if (!errors.isEmpty()) {
      throw new UserException(errors);
    }
    return Cli.OK;
  }

  /** A scenario file (.yaml, .yml) or, when no such file exists, a built-in scenario id. */
  private static boolean isScenario(Path path) {
    String name = path.toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return true;
    }
    return !java.nio.file.Files.exists(path) && BuiltinScenarios.ids().contains(path.toString());
  }

  /** One result per issue of the scenario, named {@code SCENARIO#ISSUE}. */
  private List<ForecastResult> forecastScenario(String name, List<String> models, EuOptions euOptions) {
    CheckResult checked;
    try {
      checked = Scenarios.check(Scenarios.read(name), name);
    } catch (UserException e) {
      return List.of(new ForecastResult(name, null, List.of(), e.diagnostics()));
    }
    if (!checked.ok()) {
      return List.of(new ForecastResult(name, null, List.of(),
          checked.diagnostics().stream().filter(Diagnostic::isError).toList()));
    }
    List<ForecastResult> results = new ArrayList<>();
    for (Problem problem : ScenarioProblems.of(checked.scenario(), Givens.parse(givenOptions))) {
      String issue = problem.dimensions().get(0);
      results.add(forecastProblem(name + "#" + issue, problem, models, euOptions, new ArrayList<>()));
    }
    return results;
  }

  private ForecastResult forecast(Path file, InputFormat formatIn, List<String> models,
      EuOptions euOptions) {
    String input = file.toString();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Problem problem;
    try {
      problem = InputReaders.read(file, formatIn);
    } catch (UserException e) {
      return new ForecastResult(input, null, List.of(), e.diagnostics());
    }
    return forecastProblem(input, problem, models, euOptions, diagnostics);
  }

  private ForecastResult forecastProblem(String input, Problem problem, List<String> models, EuOptions euOptions,
      List<Diagnostic> diagnostics) {
    if (models.contains("smp")) {
      for (String name : problem.parameters().keySet()) {
        if (name.equals("IdealAdjustment")) {
          diagnostics.add(Diagnostic.warning("unsupported-element", problem.location(),
              "the input's IdealAdjustment is not used: tandem's smp model keeps ideals at the"
                  + " actors' positions"));
        } else if (!SmpFlags.PARAMETERS.contains(name) && !name.equals("prngSeed")) {
          diagnostics.add(Diagnostic.warning("unknown-parameter", problem.location(),
              "the input's model parameter '" + name + "' is not one tandem knows; ignored"));
        }
      }
    }
    List<Forecast> forecasts = new ArrayList<>();
    for (String id : models) {
      try {
        BargainingModel bargainingModel = BargainingModels.create(id,
            settings(problem, euOptions, id.equals("smp"))).orElseThrow();
        forecasts.add(bargainingModel.forecast(problem, history));
      } catch (UserException e) {
        for (Diagnostic d : e.diagnostics()) {
          // With --model all, a model that cannot take this input is skipped with a warning.
          diagnostics.add(models.size() > 1 ? Diagnostic.warning(d.code(), d.location(),
              id + " skipped: " + d.message()) : d);
        }
      }
    }
    return new ForecastResult(input, problem, forecasts, diagnostics);
  }

  /** The models' settings; only smp draws random numbers, so only it needs a seed. */
  private ModelSettings settings(Problem problem, EuOptions euOptions, boolean forSmp) {
    SmpOptions smpOptions = smp.resolve(problem.parameters(), problem.location());
    Optional<UniformRandomProvider> random = Optional.empty();
    if (forSmp && smpOptions.transitions() == SmpOptions.Transitions.STOCHASTIC) {
      random = Optional.of(RandomSource.XO_SHI_RO_256_PP.create(seedFor(problem)));
    }
    return new ModelSettings(euOptions, smpOptions, random);
  }

  /** {@code --seed}, else the input's own seed (KTAB XML {@code prngSeed}). */
  private long seedFor(Problem problem) {
    if (seed != null) {
      return seed;
    }
    String fromInput = problem.parameters().get("prngSeed");
    if (fromInput == null) {
      throw UserException.of("missing-seed", problem.location(),
          "stochastic smp transitions need a generator seed: add --seed N");
    }
    try {
      return Long.parseUnsignedLong(fromInput);
    } catch (NumberFormatException e) {
      throw UserException.of("bad-seed", problem.location(), "expected the input's prngSeed"
          + " to be a whole number from 0 to 2^64 - 1, found '" + fromInput + "'");
    }
  }

  private InputFormat parseInputFormat() {
    if (inputFormat.equalsIgnoreCase("auto")) {
      return null;
    }
    return InputFormat.fromId(inputFormat).orElseThrow(() -> UserException.of("bad-option",
        Location.of("--input-format"), "expected auto, ktab-csv, ktab-xml or bdm-csv, found '"
            + inputFormat + "'"));
  }

  private List<String> parseModels() {
    String wanted = model.toLowerCase(Locale.ROOT);
    if (wanted.equals("all")) {
      return BargainingModels.ids();
    }
    if (!BargainingModels.ids().contains(wanted)) {
      throw UserException.of("bad-option", Location.of("--model"), "expected one of "
          + String.join(", ", BargainingModels.ids()) + " or all, found '" + model + "'");
    }
    return List.of(wanted);
  }

  private boolean parseOutputFormat() {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> true;
      case "text" -> false;
      default -> throw UserException.of("bad-option", Location.of("--format"),
          "expected text or json, found '" + format + "'");
    };
  }
}
