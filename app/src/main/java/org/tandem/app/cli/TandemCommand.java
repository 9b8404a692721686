package org.tandem.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code tandem} command: lists its subcommands when called alone. The subcommands
 * are registered by {@link Cli} from {@link #SUBCOMMANDS}, so that a run of one command builds only
 * that command's part of the command line.
 */
@Command(
    name = "tandem",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Model, simulate and track multi-track normalization between adversaries.")
public final class TandemCommand implements Callable<Integer> {
  /**
   * A subcommand: its name (as its own {@code @Command} says; a test checks), its class, and the
   * subcommands that {@link Cli} registers under it the same way (those its annotation lists are
   * always built).
   */
  record Subcommand(String name, Class<?> type, List<Subcommand> subcommands) {
    Subcommand(String name, Class<?> type) {
      this(name, type, List.of());
    }
  }

  /** Every top-level subcommand, in the order of the usage help: the one place they are listed. */
  static final List<Subcommand> SUBCOMMANDS = List.of(
      new Subcommand("simulate", SimulateCommand.class),
      new Subcommand("compare", CompareCommand.class),
      new Subcommand("sweep", SweepCommand.class),
      new Subcommand("report", ReportCommand.class),
      new Subcommand("forecast", ForecastCommand.class),
      new Subcommand("track", TrackCommand.class),
      new Subcommand("db", DbCommand.class),
      new Subcommand("events", EventsCommand.class, List.of(
          new Subcommand("aggregate", EventsAggregateCommand.class),
          new Subcommand("ingest", EventsIngestCommand.class),
          new Subcommand("show", EventsShowCommand.class))),
      new Subcommand("check", CheckCommand.class),
      new Subcommand("scenarios", ScenariosCommand.class),
      new Subcommand("scenario", ScenarioCommand.class));

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }
}
