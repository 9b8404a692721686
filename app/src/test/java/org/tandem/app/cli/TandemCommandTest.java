package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
