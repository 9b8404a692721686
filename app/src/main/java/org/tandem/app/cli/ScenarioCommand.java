package org.tandem.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.BuiltinScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem scenario show ID}: prints a built-in scenario so a user can copy and edit it. */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "Work with one scenario.",
    subcommands = {ScenarioCommand.Show.class, ScenarioCommand.Assumptions.class})
public final class ScenarioCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }

  /** Prints a built-in scenario's file, byte for byte. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a built-in scenario's YAML.")
  public static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A built-in scenario id (see: tandem scenarios).")
    String id;

    @Override
    public Integer call() {
      byte[] bytes = BuiltinScenarios.bytes(id).orElseThrow(() -> UserException.of("no-such-scenario",
          Location.of(id), "no built-in scenario '" + id + "' (built-ins: " + String.join(", ", BuiltinScenarios.ids())
              + ")" + org.tandem.core.error.Suggestions.hint(id, BuiltinScenarios.ids())));
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(bytes, StandardCharsets.UTF_8));
      out.flush();
      return Cli.OK;
    }
  }

  /** Prints every number of a scenario with its path, source and note. */
  @Command(name = "assumptions", mixinStandardHelpOptions = true,
      description = "List every number of a scenario (file or built-in id) with its path, source and note.")
  public static final class Assumptions implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", defaultValue = BuiltinScenarios.DEFAULT,
        description = "A scenario file or built-in id (default: ${DEFAULT-VALUE}).")
    String scenario;

    @picocli.CommandLine.Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
      org.tandem.core.scenario.Scenario s = org.tandem.core.check.Scenarios.load(scenario);
      PrintWriter out = spec.commandLine().getOut();
      java.util.Map<String, String> citations = new java.util.HashMap<>();
      s.sources().forEach(src -> citations.put(src.id(), src.citation()));
      if (format == OutputFormat.json) {
        var array = Json.MAPPER.createArrayNode();
        for (org.tandem.core.scenario.Assumption a : s.assumptions()) {
          array.addObject().put("path", a.path()).put("value", a.value()).put("source", a.source())
              .put("citation", citations.getOrDefault(a.source(), "")).put("note", a.note())
              .put("line", a.location().line()).put("column", a.location().column());
        }
        out.println(Json.write(array));
      } else {
        out.printf(java.util.Locale.ROOT, "%d numbers in %s (%s); each with its source or note:%n%n",
            s.assumptions().size(), s.id(), scenario);
        for (org.tandem.core.scenario.Assumption a : s.assumptions()) {
          String why = a.source().isEmpty() ? a.note()
              : citations.getOrDefault(a.source(), a.source()) + (a.note().isEmpty() ? "" : "; " + a.note());
          out.printf(java.util.Locale.ROOT, "%-60s %12s  %s%n", a.path(), format(a.value()), why);
        }
        // The thresholds and weights inside expressions are assumptions too, but not numbers of the list.
        java.util.List<org.tandem.report.ScenarioRule> rules = org.tandem.report.ScenarioRule.of(s);
        out.printf(java.util.Locale.ROOT, "%n%d rules and conditions, as written (the numbers inside them are"
            + " assumptions too; comments beside them in the file say why):%n%n", rules.size());
        for (org.tandem.report.ScenarioRule r : rules) {
          out.printf(java.util.Locale.ROOT, "%-60s %s  (%s)%n", r.what(), r.expression(), r.location());
        }
      }
      out.flush();
      return Cli.OK;
    }

    private static String format(double v) {
      return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
  }
}
