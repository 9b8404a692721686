package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static final String TINY = "../core/src/test/resources/scenarios/tiny.yaml";

  @Test
  void rendersASavedSimulationOfABuiltIn(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("r.json");
    assertThat(CliRunner.run("simulate", "korea-2012", "--strategy", "comprehensive", "--runs", "100", "--format", "json", "--out", json.toString(),
        "--no-report").exitCode()).isZero();
    Path html = dir.resolve("r.html");
    CliRunner run = CliRunner.run("report", json.toString(), "--report", html.toString(), "--charts",
        dir.resolve("charts").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(html).content().contains("id=\"roadmap\"").contains("id=\"fig-fan-warheads\"")
        .contains("Comprehensive three-track");
    assertThat(dir.resolve("charts/fan-warheads.png")).exists();
    assertThat(run.err()).contains("tandem: report " + html.toAbsolutePath().normalize());
  }

  @Test
  void rendersASavedComparisonAndEachOutcomeOfAVariedOne(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("c.json");
    assertThat(CliRunner.run("compare", "korea-2012", "--runs", "60", "--strategies",
        "strategic-patience,comprehensive", "--format", "json", "--out", json.toString(), "--no-report").exitCode()).isZero();
    CliRunner run = CliRunner.run("report", json.toString(), "--report", dir.resolve("c.html").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("c.html")).content().contains("id=\"comparison\"").contains("id=\"strategy-comprehensive\"");

    Path varied = dir.resolve("v.json");
    assertThat(CliRunner.run("compare", "korea-2012", "--runs", "40", "--vary", "us-election-2012=democrat,republican",
        "--format", "json", "--out", varied.toString(), "--no-report").exitCode()).isZero();
    CliRunner both = CliRunner.run("report", varied.toString(), "--report", dir.resolve("v.html").toString());
    assertThat(both.exitCode()).as(both.err()).isZero();
    assertThat(dir.resolve("v-us-election-2012-republican.html")).content().contains("us-election-2012 = republican");
    assertThat(dir.resolve("v-us-election-2012-democrat.html")).exists();
  }

  @Test
  void scenarioThatIsNotBuiltInMustBeNamedAndMatchTheManifestsHash(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("t.json");
    assertThat(CliRunner.run("simulate", TINY, "--runs", "50", "--format", "json", "--out", json.toString(),
        "--no-report").exitCode()).isZero();
    Path html = dir.resolve("t.html");

    CliRunner unnamed = CliRunner.run("report", json.toString(), "--report", html.toString());
    assertThat(unnamed.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(unnamed.err()).contains("'tiny', which is not built in").contains("--scenario FILE");

    Path edited = dir.resolve("tiny.yaml");
    Files.writeString(edited, Files.readString(Path.of(TINY)).replace("status-quo: 10", "status-quo: 11"));
    CliRunner changed = CliRunner.run("report", json.toString(), "--scenario", edited.toString(), "--report",
        html.toString());
    assertThat(changed.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(changed.err()).contains("scenario-mismatch").contains("not the scenario the result was run on");
    assertThat(html).doesNotExist();

    CliRunner same = CliRunner.run("report", json.toString(), "--scenario", TINY, "--report", html.toString());
    assertThat(same.exitCode()).as(same.err()).isZero();
    assertThat(html).content().contains("Two sides, two tracks");
  }

  @Test
  void filesThatAreNotSavedResultsAreUserErrors(@TempDir Path dir) throws Exception {
    Path notJson = dir.resolve("a.json");
    Files.writeString(notJson, "{\"manifest\": ");
    Path other = dir.resolve("b.json");
    Files.writeString(other, "{\"files\": []}");
    for (String[] args : new String[][] {
        {"report", notJson.toString()},
        {"report", other.toString()},
        {"report", dir.resolve("missing.json").toString()},
        {"report", other.toString(), "--no-report"}}) {
      CliRunner run = CliRunner.run(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(Cli.USER_ERROR);
      assertThat(run.err()).as(String.join(" ", args)).doesNotContain("\tat ");
    }
    assertThat(CliRunner.run("report", other.toString()).err()).contains("bad-result").contains("b.json");
  }

  @Test
  void aTruncatedResultIsOneLineAtFileLineColumnWithoutTheParsersInternalText(@TempDir Path dir)
      throws Exception {
    Path json = dir.resolve("cut.json");
    Files.writeString(json, "{\"manifest\": {\"scenario\": \"korea-2012\",\n  \"runs\": [1, 2");
    CliRunner run = CliRunner.run("report", json.toString(), "--report", dir.resolve("r.html").toString());
    assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(run.err().lines().toList()).singleElement().asString()
        .startsWith(json + ":2:").contains("error: not valid JSON: Unexpected end-of-input")
        .contains("start marker at line 2, column 11").doesNotContain("Source").endsWith("[bad-result]");
  }

  @Test
  void aSweepOrTrackCompareResultIsNamedAndPointsToTheCommandThatWritesItsReport(@TempDir Path dir)
      throws Exception {
    Path sweep = dir.resolve("sw.json");
    CliRunner swept = CliRunner.run("sweep", TINY, "--param", "events.test.hazard.base=0.01:0.2", "--runs",
        "20", "--quiet", "--format", "json", "--out", sweep.toString(), "--no-report");
    assertThat(swept.exitCode()).as(swept.err()).isZero();
    CliRunner run = CliRunner.run("report", sweep.toString(), "--report", dir.resolve("r.html").toString());
    assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(run.err().lines().toList()).singleElement().asString()
        .startsWith(sweep + ": error: this is a result of 'tandem sweep'")
        .contains("writes its own HTML report").doesNotContain("/manifest");
    assertThat(dir.resolve("r.html")).doesNotExist();

    Path tracked = dir.resolve("tc.json");
    Files.writeString(tracked, "{\"roadmap\": \"korea-2012\", \"strategy\": \"comprehensive\", \"runs\": 20,"
        + " \"seed\": 1, \"at\": \"2014-01-01\", \"dates\": [], \"milestones\": [], \"steps\": [],"
        + " \"observations\": []}");
    assertThat(CliRunner.run("report", tracked.toString()).err())
        .contains("this is a result of 'tandem track compare'");
  }
}
