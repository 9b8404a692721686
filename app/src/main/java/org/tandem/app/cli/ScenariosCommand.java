package org.tandem.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tandem.core.check.Scenarios;
import org.tandem.core.scenario.BuiltinScenarios;
import org.tandem.core.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tandem scenarios}: lists the built-in scenarios. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the built-in scenarios.")
public final class ScenariosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (String id : BuiltinScenarios.ids()) {
      Scenario s = Scenarios.load(id);
      out.printf(java.util.Locale.ROOT, "%-12s %s (%s to %s, %d steps)%s%n", id, s.title(), s.start(), s.horizon(),
          s.steps().size(), id.equals(BuiltinScenarios.DEFAULT) ? " [default]" : "");
    }
    out.println();
    out.println("Print one with: tandem scenario show ID > my.yaml");
    out.flush();
    return Cli.OK;
  }
}
