package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    for (TandemCommand.Subcommand s : TandemCommand.SUBCOMMANDS) {
      assertThat(s.type().getAnnotation(CommandLine.Command.class).name()).isEqualTo(s.name());
    }
  }

  @Test
  void aNamedCommandBuildsOnlyItsOwnBranchAndAnythingElseBuildsAll() {
    CommandLine events = Cli.create("events", sink(), sink());
    assertThat(events.getSubcommands()).containsOnlyKeys("events");
    assertThat(events.getSubcommands().get("events").getSubcommands()).containsKeys("aggregate", "ingest", "show");
    assertThat(Cli.create("--help", sink(), sink()).getSubcommands()).hasSize(TandemCommand.SUBCOMMANDS.size());
    assertThat(Cli.create("evnets", sink(), sink()).getSubcommands()).hasSize(TandemCommand.SUBCOMMANDS.size());
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
}
