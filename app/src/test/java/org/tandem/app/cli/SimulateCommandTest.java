package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  private static final String TINY = "../core/src/test/resources/scenarios/tiny.yaml";

  @Test
  void jsonIsIdenticalForOneTwoAndEightThreadsOutsideTiming() throws Exception {
    String one = withoutTiming(CliRunner.run("simulate", TINY, "--no-report", "--runs", "2000", "--seed", "5", "--threads", "1",
        "--format", "json").out());
    String two = withoutTiming(CliRunner.run("simulate", TINY, "--no-report", "--runs", "2000", "--seed", "5", "--threads", "2",
        "--format", "json").out());
    String eight = withoutTiming(CliRunner.run("simulate", TINY, "--no-report", "--runs", "2000", "--seed", "5", "--threads", "8",
        "--format", "json").out());
    assertThat(two).isEqualTo(one);
    assertThat(eight).isEqualTo(one);
  }

  @Test
  void jsonFollowsThePublishedSchema() throws Exception {
    CliRunner run = CliRunner.run("simulate", TINY, "--no-report", "--runs", "300", "--format", "json", "--given", "election=hawk");
    assertThat(run.exitCode()).isZero();
    Schema schema = OutputSchemas.load("simulate-output.schema.json");
    assertThat(schema.validate(run.out(), InputFormat.JSON)).isEmpty();
    JsonNode root = Json.MAPPER.readTree(run.out());
    java.util.Map<String, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode>> mutations =
        new java.util.LinkedHashMap<>();
    mutations.put("a probability of 1.7",
        r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r.at("/milestones/0")).put("probability", 1.7));
    mutations.put("a series without p50", r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r.at("/series/tension")).remove("p50"));
    mutations.put("an unknown key in a series",
        r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r.at("/series/tension")).put("p99", 1));
    mutations.put("timing without threads", r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r.get("timing")).remove("threads"));
    mutations.put("an unknown key in timing",
        r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r.get("timing")).put("cpu", 1));
    for (var m : mutations.entrySet()) {
      com.fasterxml.jackson.databind.node.ObjectNode broken = root.deepCopy();
      m.getValue().accept(broken);
      assertThat(schema.validate(Json.write(broken), InputFormat.JSON)).as(m.getKey()).isNotEmpty();
    }
    assertThat(root.at("/manifest/given/election").asText()).isEqualTo("hawk");
    assertThat(root.at("/manifest/runs").asLong()).isEqualTo(300);
    assertThat(root.at("/series/tension/months/0").asText()).isEqualTo("2020-01");
    // tiny runs 2020-2022: each step has its three stages at the end of each of the three years.
    JsonNode stopTests = root.at("/steps/2");
    assertThat(stopTests.get("id").asText()).isEqualTo("stop-tests");
    assertThat(stopTests.at("/byYear").size()).isEqualTo(3);
    assertThat(stopTests.at("/byYear/2022/verified").asDouble()).isEqualTo(stopTests.get("verified").asDouble());
    assertThat(stopTests.at("/byYear/2020/agreed").asDouble())
        .isLessThanOrEqualTo(stopTests.at("/byYear/2021/agreed").asDouble());
    // The stochastic event's firings per year: a distribution over 0, 1, ... per calendar year,
    // whose means add up to the mean over the whole run.
    JsonNode test = root.at("/events/1");
    assertThat(test.get("id").asText()).isEqualTo("test");
    assertThat(test.at("/byYear").size()).isEqualTo(3);
    double means = 0;
    for (String year : new String[] {"2020", "2021", "2022"}) {
      JsonNode y = test.at("/byYear/" + year);
      assertThat(y.get("months").asInt()).isEqualTo(12);
      double total = 0;
      double mean = 0;
      for (int k = 0; k < y.get("p").size(); k++) {
        total += y.get("p").get(k).asDouble();
        mean += k * y.get("p").get(k).asDouble();
      }
      assertThat(total).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
      assertThat(y.get("mean").asDouble()).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-9));
      assertThat(y.get("p").get(y.get("p").size() - 1).asDouble()).isPositive(); // no trailing zeros
      means += mean;
    }
    assertThat(means).isCloseTo(test.get("meanFirings").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
    // A stochastic event without its yearly counts is rejected.
    JsonNode withoutYears = root.deepCopy();
    ((ObjectNode) withoutYears.at("/events/1")).remove("byYear");
    assertThat(schema.validate(Json.write(withoutYears), InputFormat.JSON)).isNotEmpty();
    // A document missing a required part is rejected, so the check above can fail.
    ((ObjectNode) root).remove("manifest");
    assertThat(schema.validate(Json.write(root), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void textSummaryShowsMilestonesBreakdownBlockersAndManifest() {
    CliRunner run = CliRunner.run("simulate", TINY, "--no-report", "--runs", "500", "--quiet");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("deal").contains("breakdown of the process").contains("stood in the way")
        .contains("manifest: scenario tiny").contains("seed 20121001").contains("not predictions of the world");
  }

  @Test
  void csvHasOneRowPerMonth() {
    CliRunner run = CliRunner.run("simulate", TINY, "--no-report", "--runs", "100", "--format", "csv");
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(1 + 36);
    assertThat(lines[0]).startsWith("month,a-space_mean").contains("tension_p95").endsWith("p_deal");
    assertThat(lines[1]).startsWith("2020-01,");
  }

  @Test
  void outWritesTheFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.json");
    CliRunner run = CliRunner.run("simulate", TINY, "--no-report", "--runs", "100", "--format", "json", "--out", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Json.MAPPER.readTree(out.toFile()).has("manifest")).isTrue();
  }

  @Test
  void outThatIsAFolderOrRunsThroughAFileIsAOneLineUserError(@TempDir Path dir) throws Exception {
    CliRunner folder = CliRunner.run("simulate", TINY, "--no-report", "--runs", "10", "--quiet", "--out", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(folder.err()).isEqualTo(dir + ": error: this is a folder; expected the name of a file to write"
        + " [unwritable-file]" + System.lineSeparator());
    assertThat(folder.out()).isEmpty();
    Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
    Path through = blocker.resolve("r.txt");
    CliRunner blocked = CliRunner.run("simulate", TINY, "--no-report", "--runs", "10", "--quiet", "--out",
        through.toString());
    assertThat(blocked.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(blocked.err())
        .startsWith(through + ": error: cannot create its folder: " + blocker + " is a file, not a folder")
        .endsWith("[unwritable-file]" + System.lineSeparator()).hasLineCount(1);
    assertThat(blocker).content().isEqualTo("not a folder");
  }

  @Test
  void outCreatesAMissingFolderAsReportDoes(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("new/deeper/r.csv");
    CliRunner run = CliRunner.run("simulate", TINY, "--no-report", "--runs", "10", "--quiet", "--format", "csv",
        "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out).content().startsWith("month,");
  }

  @Test
  void badRequestsAreUserErrorsWithoutStackTraces() {
    for (String[] args : new String[][] {
        {"simulate", TINY, "--strategy", "nope"},
        {"simulate", TINY, "--given", "election=owl"},
        {"simulate", TINY, "--runs", "0"},
        {"simulate", TINY, "--horizon", "2019-13"},
        {"simulate", "no-such-scenario"},
        {"simulate", TINY, "--runs", "many"}}) {
      CliRunner run = CliRunner.runWithoutReport(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(Cli.USER_ERROR);
      assertThat(run.err()).as(String.join(" ", args)).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void writesTheReportWhereAskedAndPrintsItsPath(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("sub/r.html");
    CliRunner run = CliRunner.run("simulate", TINY, "--runs", "100", "--quiet", "--report", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("id=\"roadmap\"").contains("id=\"fig-milestones\"")
        .contains("manifest");
    assertThat(run.err()).contains("tandem: report " + report.toAbsolutePath().normalize());
    assertThat(run.out()).contains("deal");
  }

  @Test
  void noReportWritesNoFileInTheWorkingDirectory() {
    CliRunner run = CliRunner.run("simulate", TINY, "--runs", "50", "--quiet", "--no-report");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("report");
    assertThat(Path.of(ReportOptions.DEFAULT_FILE)).doesNotExist();
  }

  @Test
  void chartsWritesEveryChartAsSvgAndPng(@TempDir Path dir) throws Exception {
    Path charts = dir.resolve("charts");
    CliRunner run = CliRunner.run("simulate", TINY, "--runs", "100", "--quiet", "--report",
        dir.resolve("r.html").toString(), "--charts", charts.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(charts.resolve("milestones.svg")).content().startsWith("<?xml").contains("<svg");
    assertThat(charts.resolve("roadmap.svg")).content().contains("class=\"roadmap\"");
    byte[] png = Files.readAllBytes(charts.resolve("fan-tension.png"));
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    try (var files = Files.list(charts)) {
      assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(5);
    }
    assertThat(run.err()).contains("chart files in " + charts.toAbsolutePath().normalize());
  }

  @Test
  void contradictoryReportOptionsAndUnwritableReportsAreUserErrors(@TempDir Path dir) throws Exception {
    CliRunner both = CliRunner.run("simulate", TINY, "--runs", "10", "--no-report", "--report", dir.resolve("r.html")
        .toString());
    assertThat(both.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(both.err()).contains("--no-report cannot go with --report");
    assertThat(both.out()).isEmpty();
    CliRunner charts = CliRunner.run("simulate", TINY, "--runs", "10", "--no-report", "--charts", dir.toString());
    assertThat(charts.exitCode()).isEqualTo(Cli.USER_ERROR);
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "not a directory");
    CliRunner unwritable = CliRunner.run("simulate", TINY, "--runs", "10", "--quiet", "--report",
        blocker.resolve("r.html").toString());
    assertThat(unwritable.exitCode()).isEqualTo(Cli.USER_ERROR);
    // Refused before the run, and a report path that is a folder too.
    assertThat(unwritable.err()).contains("unwritable-file").contains("is a file, not a folder")
        .doesNotContain("\tat ").doesNotContain("java.");
    assertThat(unwritable.out()).isEmpty();
    CliRunner failed = CliRunner.run("simulate", dir.resolve("none.yaml").toString(), "--no-report", "--out",
        dir.resolve("new/sub/x.json").toString());
    assertThat(failed.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(dir.resolve("new")).as("a failed run creates no folders").doesNotExist();
    CliRunner folder = CliRunner.run("simulate", TINY, "--runs", "10", "--quiet", "--report", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(folder.err()).contains("this is a folder").doesNotContain("java.");
    assertThat(folder.out()).isEmpty();
  }

  @Test
  void twoProcessesWithTheSameSeedWriteTheSameJson() throws Exception {
    // In one process a map's order is fixed; across processes an unordered map can change it, so
    // this runs the command line in two fresh JVMs, on one and on two threads.
    String one = withoutTiming(runInAnotherJvm("--threads", "1"));
    String two = withoutTiming(runInAnotherJvm("--threads", "2"));
    assertThat(two).isEqualTo(one);
  }

  private static String runInAnotherJvm(String... extra) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        "org.tandem.app.Main", "simulate", "--runs", "300", "--seed", "9", "--format", "json", "--no-report", "--quiet"));
    command.addAll(java.util.List.of(extra));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isZero();
    return out;
  }

  private static String withoutTiming(String json) throws Exception {
    ObjectNode root = (ObjectNode) Json.MAPPER.readTree(json);
    assertThat(root.has("timing")).isTrue();
    root.remove("timing");
    return Json.write(root);
  }

  @Test
  void reportShowsMeasuredTensionFromAnEventsCsv(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("usa-prk.csv");
    Files.writeString(csv, "dyad,period,start,events,tension\n"
        + "USA-PRK,2018-06,2018-06-01,312,0.012314\nUSA-PRK,2018-07,2018-07-01,100,0.2\n");
    Path html = dir.resolve("r.html");
    CliRunner run = CliRunner.run("simulate", TINY, "--runs", "100", "--quiet", "--report", html.toString(),
        "--observed", csv.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    var page = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(page.getElementById("observed").select("svg")).hasSize(1);

    // A month whose events all have Goldstein value 0 has an empty tension (docs/events.md): no measurement.
    Path gap = dir.resolve("gap.csv");
    Files.writeString(gap, "dyad,period,start,events,tension\nUSA-PRK,2018-06,2018-06-01,3,0.4\n"
        + "USA-PRK,2018-07,2018-07-01,1,\nUSA-PRK,2018-08,2018-08-01,5,0.6\n");
    CliRunner gapRun = CliRunner.run("simulate", TINY, "--runs", "20", "--quiet", "--report",
        dir.resolve("gap.html").toString(), "--observed", gap.toString());
    assertThat(gapRun.exitCode()).as(gapRun.err()).isZero();
    assertThat(org.jsoup.Jsoup.parse(dir.resolve("gap.html").toFile(), "UTF-8").getElementById("observed")
        .select("svg")).hasSize(1);

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "dyad,period,tension\nUSA-PRK,2018-06-01,0.1\nUSA-PRK,2018-07,high\n");
    CliRunner wrong = CliRunner.run("simulate", TINY, "--runs", "10", "--report", dir.resolve("r2.html").toString(),
        "--observed", bad.toString());
    assertThat(wrong.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(wrong.err()).contains("bad.csv:2").contains("--period month").contains("bad.csv:3")
        .contains("'high' is not a number").doesNotContain("\tat ");
  }

  @Test
  void anEventGivenTwiceOrWithoutAnOutcomeIsRefused() {
    CliRunner twice = CliRunner.run("simulate", "--no-report", "--runs", "10", "--given",
        "us-election-2012=republican", "--given", "us-election-2012=democrat");
    assertThat(twice.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(twice.err()).isEqualTo("--given us-election-2012=democrat: error: 'us-election-2012' is already given"
        + " as 'republican': give each event once [duplicate-key]" + System.lineSeparator());
    CliRunner bare = CliRunner.run("simulate", "--no-report", "--runs", "10", "--given", "us-election-2012");
    assertThat(bare.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(bare.err()).contains("expected EVENT=OUTCOME").doesNotContain("\tat ");
  }

  @Test
  void observedTensionNeedsTheReport() {
    CliRunner run = CliRunner.run("simulate", "--no-report", "--runs", "10", "--observed", "tension.csv");
    assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(run.err()).contains("--observed cannot go with --no-report");
  }
}
