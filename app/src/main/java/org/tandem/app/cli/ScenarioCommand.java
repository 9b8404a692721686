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
    subcommands = ScenarioCommand.Show.class)
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
}
