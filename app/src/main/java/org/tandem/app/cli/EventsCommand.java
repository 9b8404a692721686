package org.tandem.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tandem events}: event data (GDELT, ICEWS); lists its subcommands when called alone. Its
 * subcommands are registered from {@link TandemCommand#SUBCOMMANDS}.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Read event data (GDELT 1.0/2.0, ICEWS, CSV), store it, and aggregate it per dyad and period.")
public final class EventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }
}
