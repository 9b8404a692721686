package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  /** Two errors (an unknown key on line 3, a bad id on line 5) and nothing else wrong. */
  private static final String BROKEN = new String(RepoFiles.fixture("tiny.yaml"), StandardCharsets.UTF_8)
      .replace("title: Two sides, two tracks", "title: Two sides, two tracks\ncolour: red")
      .replace("  - id: trade\n", "  - id: Trade\n");

  @TempDir Path dir;

  private String write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file.toString();
  }

  private String write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertNoStackTrace(CliRunner result) {
    assertThat(result.out() + result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void exitsZeroAndSummarisesACleanFile() throws IOException {
    String file = write("tiny.yaml", RepoFiles.fixture("tiny.yaml"));
    CliRunner result = CliRunner.run("check", file);
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(file + ": ok - 'tiny', 2020-01 to 2022-12, 2 actors, 1 issue, 2 tracks,"
        + " 3 steps, 2 events, 1 strategy, 1 milestone; 0 errors, 0 warnings" + System.lineSeparator());
    assertThat(result.err()).isEmpty();
  }

  @Test
  void printsOneLinePerDiagnosticAndExitsTwo() throws IOException {
    String file = write("broken.yaml", BROKEN);
    CliRunner result = CliRunner.run("check", file);
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.out().lines()).containsExactly(
        file + ":4:1: error: unknown key 'colour' [unknown-key]",
        file + ":9:9: error: 'Trade' is not a valid id for 'id': use lower-case letters, digits and single hyphens,"
            + " starting with a letter [bad-id]",
        file + ": 2 errors, 0 warnings");
    assertNoStackTrace(result);
  }

  @Test
  void exitsZeroWhenThereAreOnlyWarnings() throws IOException {
    String file = write("warned.yaml", new String(RepoFiles.fixture("tiny.yaml"), StandardCharsets.UTF_8)
        .replace("note: \"test fixture: numbers are arbitrary\"\n", ""));
    CliRunner result = CliRunner.run("check", file);
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains(": warning: the number at issues.trade.status-quo has neither a source nor a note"
        + " [unsourced-number]");
  }

  @Test
  void exitsTwoWhenAnyOfSeveralFilesHasErrors() throws IOException {
    String good = write("tiny.yaml", RepoFiles.fixture("tiny.yaml"));
    String bad = write("broken.yaml", BROKEN);
    CliRunner result = CliRunner.run("check", good, bad);
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.out()).contains(good + ": ok - 'tiny'").contains(bad + ": 2 errors, 0 warnings");
  }

  @Test
  void writesEveryDiagnosticAsJsonWithItsFields() throws IOException {
    String file = write("broken.yaml", BROKEN);
    CliRunner result = CliRunner.run("check", "--format", "json", file);
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    JsonNode root = new ObjectMapper().readTree(result.out());
    JsonNode report = root.get("files").get(0);
    assertThat(report.get("file").asText()).isEqualTo(file);
    assertThat(report.get("ok").asBoolean()).isFalse();
    assertThat(report.get("errors").asInt()).isEqualTo(2);
    JsonNode first = report.get("diagnostics").get(0);
    assertThat(List.of("file", "line", "column", "severity", "code", "message"))
        .allSatisfy(field -> assertThat(first.has(field)).as(field).isTrue());
    assertThat(first.get("file").asText()).isEqualTo(file);
    assertThat(first.get("line").asInt()).isEqualTo(4);
    assertThat(first.get("column").asInt()).isEqualTo(1);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("code").asText()).isEqualTo("unknown-key");
    assertThat(first.get("message").asText()).isEqualTo("unknown key 'colour'");
    assertThat(report.get("diagnostics")).hasSize(2);
  }

  @Test
  void writesACleanFileAsJsonWithItsScenarioAndHash() throws IOException {
    String file = write("tiny.yaml", RepoFiles.fixture("tiny.yaml"));
    CliRunner result = CliRunner.run("check", "--format=json", file);
    assertThat(result.exitCode()).isZero();
    JsonNode report = new ObjectMapper().readTree(result.out()).get("files").get(0);
    assertThat(report.get("ok").asBoolean()).isTrue();
    assertThat(report.get("scenario").asText()).isEqualTo("tiny");
    assertThat(report.get("sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(report.get("diagnostics")).isEmpty();
  }

  @Test
  void reportsAMissingFileAsAUserError() {
    CliRunner result = CliRunner.run("check", dir.resolve("nowhere.yaml").toString());
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.out()).contains("is neither a file nor a built-in scenario").contains("[no-such-scenario]");
    assertNoStackTrace(result);
  }

  @Test
  void reportsADirectoryAsAUserError() {
    CliRunner result = CliRunner.run("check", dir.toString());
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.out()).contains("is a directory, not a scenario file");
    assertNoStackTrace(result);
  }

  @Test
  void reportsABinaryFileWithoutAStackTrace() throws IOException {
    byte[] junk = new byte[256];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (255 - i);
    }
    String file = write("junk.yaml", junk);
    CliRunner result = CliRunner.run("check", file);
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.out()).startsWith(file + ":1:1: error: the file is not UTF-8 text");
    assertNoStackTrace(result);
  }

  @Test
  void reportsAnInvalidYamlFileWithoutAStackTrace() throws IOException {
    String file = write("bad.yaml", "tandem: 1\nid: [unclosed\n");
    CliRunner result = CliRunner.run("check", file);
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.out()).contains("[yaml-syntax]");
    assertNoStackTrace(result);
  }

  @Test
  void rejectsAnUnknownOutputFormat() throws IOException {
    CliRunner result = CliRunner.run("check", "--format", "xml", write("tiny.yaml", RepoFiles.fixture("tiny.yaml")));
    assertThat(result.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(result.err()).contains("xml");
    assertNoStackTrace(result);
  }
}
