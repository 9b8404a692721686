package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.core.scenario.BuiltinScenarios;

class ScenarioCommandTest {
  @TempDir Path dir;

  static List<String> ids() {
    return BuiltinScenarios.ids();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void showsABuiltInByteForByte(String id) {
    byte[] resource = RepoFiles.presentBuiltin(id);
    CliRunner result = CliRunner.run("scenario", "show", id);
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(resource);
    assertThat(result.err()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void showsABuiltInThatChecksCleanAsAFile(String id) throws IOException {
    RepoFiles.presentBuiltin(id);
    Path file = dir.resolve("my-" + id + ".yaml");
    Files.writeString(file, CliRunner.run("scenario", "show", id).out(), StandardCharsets.UTF_8);
    CliRunner result = CliRunner.run("check", file.toString());
    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(result.out()).startsWith(file + ": ok - '" + id + "', ").endsWith("; 0 errors, 0 warnings" + System.lineSeparator());
  }

  @Test
  void rejectsAnUnknownIdWithTheIdItResembles() {
    CliRunner result = CliRunner.run("scenario", "show", "korea-2021");
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("korea-2021: error: no built-in scenario 'korea-2021' (built-ins: "
        + String.join(", ", BuiltinScenarios.ids()) + ") - did you mean 'korea-2012'? [no-such-scenario]"
        + System.lineSeparator());
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void requiresAnId() {
    CliRunner result = CliRunner.run("scenario", "show");
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.err()).contains("ID");
  }

  @Test
  void assumptionsListsEveryNumberWithItsSourceOrNote() throws Exception {
    CliRunner text = CliRunner.run("scenario", "assumptions", RepoFiles.path("core/src/test/resources/scenarios/tiny.yaml").toString());
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("actors.a.capability").contains("60").contains("test fixture");
    CliRunner json = CliRunner.run("scenario", "assumptions", "korea-2012", "--format", "json");
    var array = Json.MAPPER.readTree(json.out());
    assertThat(array.size()).isGreaterThan(100);
    for (var node : array) {
      assertThat(node.get("source").asText() + node.get("note").asText()).as(node.get("path").asText()).isNotBlank();
    }
  }

  @Test
  void assumptionsAlsoListTheRulesAndConditionsWhoseNumbersAreNotInTheList() {
    CliRunner text = CliRunner.run("scenario", "assumptions", "korea-2012");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("rules and conditions, as written")
        .containsPattern("precondition of step dismantlement +verified\\(disablement\\).*momentum >= 0\\.2")
        .containsPattern("breakdown.*tension >= 0\\.6");
  }
}
