package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TandemCommandTest {

  @Test
  void versionPrintsTheBuiltVersion() {
    CliRunner result = CliRunner.run("--version");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("tandem ").doesNotContain("unknown");
  }

  @Test
  void unknownOptionIsAUserError() {
    CliRunner result = CliRunner.run("--no-such-option");
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.err()).contains("--no-such-option");
  }

  private static PrintWriter sink() {
    return new PrintWriter(new StringWriter());
  }

  @Test
  void registeredNamesAreTheCommandsOwnNames() {
    List<TandemCommand.Subcommand> all = new ArrayList<>(TandemCommand.SUBCOMMANDS);
    for (int i = 0; i < all.size(); i++) {
      TandemCommand.Subcommand s = all.get(i);
      assertThat(s.type().getAnnotation(CommandLine.Command.class).name()).isEqualTo(s.name());
      all.addAll(s.subcommands());
    }
    assertThat(all).hasSizeGreaterThan(TandemCommand.SUBCOMMANDS.size());
  }

  @Test
  void aNamedCommandBuildsOnlyItsOwnBranchAndAnythingElseBuildsAll() {
    CommandLine events = Cli.create(new String[] {"events"}, sink(), sink());
    assertThat(events.getSubcommands()).containsOnlyKeys("events");
    assertThat(events.getSubcommands().get("events").getSubcommands()).containsOnlyKeys("aggregate", "ingest", "show");
    CommandLine aggregate = Cli.create(new String[] {"events", "aggregate", "x.tsv"}, sink(), sink());
    assertThat(aggregate.getSubcommands().get("events").getSubcommands()).containsOnlyKeys("aggregate");
    CommandLine misspelt = Cli.create(new String[] {"events", "agregate"}, sink(), sink());
    assertThat(misspelt.getSubcommands().get("events").getSubcommands()).containsOnlyKeys("aggregate", "ingest", "show");
    assertThat(Cli.create(new String[] {"--help"}, sink(), sink()).getSubcommands())
        .hasSize(TandemCommand.SUBCOMMANDS.size());
    assertThat(Cli.create(new String[] {"evnets", "aggregate"}, sink(), sink()).getSubcommands())
        .hasSize(TandemCommand.SUBCOMMANDS.size());
    // Annotated subcommands of other commands are built as before.
    assertThat(Cli.create(new String[] {"db"}, sink(), sink()).getSubcommands().get("db").getSubcommands())
        .containsKeys("info", "backup", "restore");
  }

  @Test
  void helpListsEveryCommand() {
    CliRunner result = CliRunner.run("--help");
    assertThat(result.exitCode()).isZero();
    for (TandemCommand.Subcommand s : TandemCommand.SUBCOMMANDS) {
      assertThat(result.out()).containsPattern("(?m)^\\s+" + s.name() + "\\s");
    }
  }

  @Test
  void aMisspeltCommandIsAUserErrorThatSuggestsTheRightOne() {
    CliRunner result = CliRunner.run("evnets");
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.err()).contains("evnets").contains("events");
  }

  @Test
  void aBadOptionValueIsOneLineThenWhereToFindHelp() {
    CliRunner runs = CliRunner.run("simulate", "--runs", "abc");
    assertThat(runs.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(runs.err().lines()).containsExactly(
        "tandem simulate: error: Invalid value for option '--runs': 'abc' is not a long [bad-option]",
        "(see 'tandem simulate --help')");
    CliRunner day = CliRunner.run("events", "aggregate", "x", "--from", "2018-02-30");
    assertThat(day.err()).startsWith("tandem events aggregate: error: Invalid value for option '--from':"
        + " expected a day as YYYY-MM-DD, found '2018-02-30' [bad-option]").doesNotContain("java.");
    assertThat(CliRunner.run("simulate", "--runz", "5").err()).contains("--runs").doesNotContain("Usage:");
  }

  @Test
  void eventsAloneListsItsSubcommands() {
    CliRunner result = CliRunner.run("events");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("aggregate").contains("ingest").contains("show");
    assertThat(CliRunner.run("events", "aggregate", "--help").out()).startsWith("Usage: tandem events aggregate");
  }
}
