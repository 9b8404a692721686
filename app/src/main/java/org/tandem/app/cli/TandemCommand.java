package org.tandem.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code tandem} command: lists its subcommands when called alone. */
@Command(
    name = "tandem",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Model, simulate and track multi-track normalization between adversaries.",
    subcommands = {SimulateCommand.class, CompareCommand.class, SweepCommand.class, ReportCommand.class,
      ForecastCommand.class, TrackCommand.class, DbCommand.class, EventsCommand.class, CheckCommand.class,
      ScenariosCommand.class, ScenarioCommand.class})
public final class TandemCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }
}
