package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tandem.core.check.CheckResult;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.BuiltinScenarios;
import org.tandem.core.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem check FILE...}: loads and analyses scenarios, printing every diagnostic. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check scenario files: every error and warning with file:line:column.",
      "Loads and analyses scenario files (or built-in ids): syntax, unknown ids, expressions, cycles, dead",
      "steps, unreachable milestones, contradictory reciprocal groups, unused parts, unsourced numbers.",
      "Exit code: 0 no errors, 2 errors found, 1 internal failure."})
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", arity = "0..*",
      description = "Scenario files or built-in ids (default: ${DEFAULT-VALUE}).", defaultValue = BuiltinScenarios.DEFAULT)
  List<String> scenarios = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<CheckResult> results = new ArrayList<>();
    for (String name : scenarios) {
      try {
        results.add(Scenarios.check(Scenarios.read(name), name));
      } catch (UserException e) {
        results.add(new CheckResult(name, null, e.diagnostics()));
      }
    }
    if (format == OutputFormat.json) {
      printJson(out, results);
    } else {
      printText(out, results);
    }
    out.flush();
    return results.stream().allMatch(CheckResult::ok) ? Cli.OK : Cli.USER_ERROR;
  }

  private static void printText(PrintWriter out, List<CheckResult> results) {
    for (CheckResult result : results) {
      for (Diagnostic d : result.diagnostics()) {
        out.println(d);
      }
      out.println(summary(result));
    }
  }

  static String summary(CheckResult result) {
    String counts = plural(result.errors(), "error") + ", " + plural(result.warnings(), "warning");
    if (!result.ok()) {
      return result.source() + ": " + counts;
    }
    Scenario s = result.scenario();
    return result.source() + ": ok - '" + s.id() + "', " + s.start() + " to " + s.horizon() + ", "
        + plural(s.actors().size(), "actor") + ", " + plural(s.issues().size(), "issue") + ", "
        + plural(s.tracks().size(), "track") + ", " + plural(s.steps().size(), "step") + ", "
        + plural(s.events().size(), "event") + ", " + plural(s.strategies().size(), "strategy") + ", "
        + plural(s.milestones().size(), "milestone") + "; " + counts;
  }

  private static String plural(long n, String word) {
    String plural = word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
    return n + " " + (n == 1 ? word : plural);
  }

  private static void printJson(PrintWriter out, List<CheckResult> results) {
    ArrayNode files = Json.MAPPER.createArrayNode();
    for (CheckResult result : results) {
      ObjectNode file = files.addObject();
      file.put("file", result.source());
      file.put("ok", result.ok());
      file.put("errors", result.errors());
      file.put("warnings", result.warnings());
      if (result.scenario() != null) {
        file.put("scenario", result.scenario().id());
        file.put("sha256", result.scenario().sha256());
      }
      ArrayNode diagnostics = file.putArray("diagnostics");
      result.diagnostics().forEach(d -> diagnostics.add(Json.diagnostic(d)));
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("files", files);
    out.println(Json.write(root));
  }
}
