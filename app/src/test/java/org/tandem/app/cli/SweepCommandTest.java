package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Location;
import org.tandem.core.sweep.Output;
import org.tandem.core.sweep.Parameter;
import org.tandem.core.sweep.ParameterRange;
import org.tandem.core.sweep.ParameterSpace;
import org.tandem.core.sweep.Sweep;
import org.tandem.core.sweep.SweepSettings;

class SweepCommandTest {
  private static final String TINY = "../core/src/test/resources/scenarios/tiny.yaml";
  private static final String HAZARD = "events.test.hazard.base=0.01:0.2";
  private static final String MOVES = "steps.lift-embargo.moves=5:40";

  @Test
  void listParamsShowsEveryPathWithValueLocationAndSource() {
    CliRunner run = CliRunner.runWithoutReport("sweep", "--list-params", TINY);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("steps.lift-embargo.duration.mode").contains("events.test.hazard.factors.1.times")
        .contains("60:56").contains("note: test fixture").contains("24 numbers in");
  }

  @Test
  void jsonOfEveryMethodFollowsThePublishedSchema(@TempDir Path dir) throws Exception {
    Schema schema;
    try (InputStream in = Files.newInputStream(Path.of("../docs/sweep-output.schema.json"))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    String[][] methods = {{"oat"}, {"lhs", "--samples", "8"}, {"sobol", "--samples", "16"}};
    for (String[] m : methods) {
      String[] args = concat(new String[] {"sweep", TINY, "--param", HAZARD, "--param", MOVES, "--runs", "100",
          "--outputs", "p:deal,median:deal,breakdown", "--format", "json", "--checkpoint",
          dir.resolve(m[0] + ".checkpoint").toString(), "--method"}, m);
      CliRunner run = CliRunner.runWithoutReport(args);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(schema.validate(run.out(), InputFormat.JSON)).as(m[0]).isEmpty();
      JsonNode root = Json.MAPPER.readTree(run.out());
      assertThat(root.at("/manifest/method").asText()).isEqualTo(m[0]);
      assertThat(root.at("/parameters/0/path").asText()).isEqualTo("events.test.hazard.base");
      assertThat(root.at("/parameters/0/location").asText()).endsWith("tiny.yaml:88:13");
      // Without a required part the document is rejected, so the check above can fail.
      ((ObjectNode) root).remove("points");
      assertThat(schema.validate(Json.write(root), InputFormat.JSON)).isNotEmpty();
    }
  }

  @Test
  void oatTextIsATornadoSortedBySwing() {
    CliRunner run = CliRunner.runWithoutReport("sweep", TINY, "--param", MOVES, "--param", HAZARD, "--runs", "400",
        "--outputs", "breakdown", "--checkpoint", "unused-when-deleted.checkpoint");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String out = run.out();
    // The hazard of the weapons test drives breakdown; the moves of a step do not touch tension.
    assertThat(out.indexOf("events.test.hazard.base", out.indexOf("breakdown:")))
        .isLessThan(out.indexOf("steps.lift-embargo.moves", out.indexOf("breakdown:")));
    assertThat(out).contains("manifest: scenario tiny").contains("not predictions of the world");
    assertThat(Path.of("unused-when-deleted.checkpoint")).doesNotExist();
  }

  @Test
  void csvHasOneRowPerOutputAndParameter() {
    CliRunner run = CliRunner.runWithoutReport("sweep", TINY, "--param", HAZARD, "--param", MOVES, "--method", "lhs", "--samples",
        "10", "--runs", "50", "--format", "csv", "--checkpoint", "csv-test.checkpoint");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines[0]).isEqualTo("output,parameter,prcc,prcc_low,prcc_high,p_value");
    assertThat(lines).hasSize(1 + 2 * 2);
    assertThat(lines[1]).startsWith("p:deal,events.test.hazard.base,");
  }

  @Test
  void paramsFileAndOutNextToWhichTheCheckpointLives(@TempDir Path dir) throws Exception {
    Path params = dir.resolve("params.txt");
    Files.writeString(params, "# what to vary\n" + HAZARD + "\n\n" + MOVES + "   # and this\n");
    Path out = dir.resolve("sweep.json");
    CliRunner run = CliRunner.runWithoutReport("sweep", TINY, "--params", params.toString(), "--runs", "50", "--format", "json",
        "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Json.MAPPER.readTree(out.toFile()).at("/parameters").size()).isEqualTo(2);
    assertThat(dir.resolve("sweep.json.checkpoint")).doesNotExist();
  }

  @Test
  void outThatIsAFolderIsRefusedBeforeTheSweepRuns(@TempDir Path dir) throws Exception {
    Path checkpoint = dir.resolve("s.checkpoint");
    CliRunner run = CliRunner.runWithoutReport("sweep", TINY, "--param", HAZARD, "--runs", "20", "--quiet",
        "--checkpoint", checkpoint.toString(), "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(run.err()).startsWith(dir + ": error: this is a folder").contains("[unwritable-file]").hasLineCount(1);
    // The sweep writes its checkpoint as it starts: none means no point was run.
    assertThat(checkpoint).doesNotExist();
  }

  @Test
  void outInAMissingFolderCreatesItAndKeepsTheCheckpointThere(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("new/s.csv");
    CliRunner run = CliRunner.runWithoutReport("sweep", TINY, "--param", HAZARD, "--runs", "20", "--quiet",
        "--format", "csv", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out).content().startsWith("output,parameter,");
    assertThat(dir.resolve("new/s.csv.checkpoint")).doesNotExist();
  }

  @Test
  void resumeAfterAnInterruptionPrintsWhatAnUninterruptedSweepPrints(@TempDir Path dir) throws Exception {
    String[] sweep = {"sweep", TINY, "--param", HAZARD, "--param", MOVES, "--method", "lhs", "--samples", "10",
        "--runs", "100", "--seed", "3", "--format", "json", "--quiet"};
    CliRunner whole = CliRunner.runWithoutReport(concat(sweep, new String[] {"--checkpoint", dir.resolve("a.checkpoint").toString()}));
    assertThat(whole.exitCode()).as(whole.err()).isZero();

    // Interrupt the same sweep after 4 points, as Ctrl-C would, through the engine the command uses.
    Path checkpoint = dir.resolve("b.checkpoint");
    ParameterSpace space = ParameterSpace.of(Scenarios.read(TINY), TINY);
    List<Parameter> parameters = space.resolve(List.of(ParameterRange.parse(HAZARD, Location.of("--param")),
        ParameterRange.parse(MOVES, Location.of("--param"))));
    SweepSettings settings = new SweepSettings("lhs", 10, "engage", 100, 3, 1, Output.defaults(space.scenario()));
    assertThatThrownBy(() -> Sweep.run(space, parameters, settings, checkpoint, false, done -> {
      if (done == 4) {
        throw new IllegalStateException("interrupted");
      }
    })).hasMessage("interrupted");
    assertThat(Files.readAllLines(checkpoint)).hasSize(2 + 4);

    CliRunner resumed = CliRunner.runWithoutReport(concat(sweep, new String[] {"--checkpoint", checkpoint.toString(), "--resume"}));
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(withoutTiming(resumed.out())).isEqualTo(withoutTiming(whole.out()));
    assertThat(checkpoint).doesNotExist();
  }

  @Test
  void existingCheckpointIsNeverOverwrittenWithoutResume(@TempDir Path dir) throws Exception {
    Path checkpoint = dir.resolve("s.checkpoint");
    Files.writeString(checkpoint, "precious\n");
    CliRunner run = CliRunner.runWithoutReport("sweep", TINY, "--param", HAZARD, "--runs", "20", "--checkpoint", checkpoint.toString());
    assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(run.err()).contains("--resume").contains("[checkpoint-exists]");
    assertThat(Files.readString(checkpoint)).isEqualTo("precious\n");
    CliRunner resumed = CliRunner.runWithoutReport("sweep", TINY, "--param", HAZARD, "--runs", "20", "--checkpoint",
        checkpoint.toString(), "--resume");
    assertThat(resumed.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(resumed.err()).contains("not a tandem sweep checkpoint");
    assertThat(Files.readString(checkpoint)).isEqualTo("precious\n");
  }

  @Test
  void badRequestsAreOneLineUserErrors() {
    String[][] cases = {
        {"sweep", TINY, "--param", "steps.lift-embargo.moved=5:40"},
        {"sweep", TINY, "--param", "steps.lift-embargo.moves=40:5"},
        {"sweep", TINY, "--param", "steps.lift-embargo.moves"},
        {"sweep", TINY, "--param", "actors.a.positions.trade.salience=0.5:1.5"},
        {"sweep", TINY, "--param", "events.election.outcomes.dove.probability=0.5:0.7"},
        {"sweep", TINY, "--param", HAZARD, "--method", "lsh"},
        {"sweep", TINY, "--param", HAZARD, "--outputs", "p:nothing"},
        {"sweep", TINY, "--param", HAZARD, "--outputs", "breakdown,breakdown"},
        {"sweep", TINY, "--param", HAZARD, "--method", "lhs", "--samples", "2"},
        {"sweep", TINY},
        {"sweep", TINY, "--params", "no-such-file.txt"}};
    String[] expected = {"did you mean 'steps.lift-embargo.moves'", "LOW must not be above HIGH", "PATH=LOW:HIGH",
        "must be between 0 and 1", "sum to", "did you mean 'lhs'", "not a milestone",
        "'breakdown' is given twice", "at least 4",
        "at least one --param", "cannot read"};
    for (int i = 0; i < cases.length; i++) {
      CliRunner run = CliRunner.runWithoutReport(concat(cases[i], new String[] {"--checkpoint", "never-created.checkpoint"}));
      assertThat(run.exitCode()).as(String.join(" ", cases[i])).isEqualTo(Cli.USER_ERROR);
      assertThat(run.err()).as(String.join(" ", cases[i])).contains(expected[i]).doesNotContain("\tat ");
    }
    assertThat(Path.of("never-created.checkpoint")).doesNotExist();
  }

  @Test
  void everyBadLineOfAParamsFileIsReportedWithItsLine(@TempDir Path dir) throws Exception {
    Path params = dir.resolve("ranges.txt");
    Files.writeString(params, HAZARD + "\n"
        + "steps.lift-embargo.moved=5:40\n"
        + "steps.lift-embargo.moves=5:zz\n"
        + "actors.a.positions.trade.salience=0.5:1.5\n");
    CliRunner run = CliRunner.runWithoutReport("sweep", TINY, "--params", params.toString(),
        "--checkpoint", dir.resolve("c").toString());
    assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(run.err().lines().toList()).satisfiesExactly(
        line -> assertThat(line).startsWith(params + ":2:1: error:").contains("did you mean"),
        line -> assertThat(line).startsWith(params + ":3:1: error:").contains("PATH=LOW:HIGH"),
        line -> assertThat(line).startsWith(params + ":4:1: error:").contains("between 0 and 1"));
  }

  @Test
  void anUnknownStrategySuggestsTheClosest(@TempDir Path dir) {
    CliRunner run = CliRunner.runWithoutReport("sweep", TINY, "--param", HAZARD, "--strategy", "enagge",
        "--runs", "20", "--checkpoint", dir.resolve("c").toString());
    assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(run.err()).contains("no strategy 'enagge'", "did you mean 'engage'?").doesNotContain("\tat ");
  }

  private static String withoutTiming(String json) throws Exception {
    ObjectNode root = (ObjectNode) Json.MAPPER.readTree(json);
    root.remove("timing");
    return Json.write(root);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void writesAReportWithTornadoOrSobolChartsBesideTheScenarioAtItsValues(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path oat = dir.resolve("oat.html");
    CliRunner tornado = CliRunner.run("sweep", TINY, "--param", MOVES, "--param", HAZARD, "--runs", "100",
        "--outputs", "breakdown", "--checkpoint", dir.resolve("a.checkpoint").toString(), "--report", oat.toString());
    assertThat(tornado.exitCode()).as(tornado.err()).isZero();
    var page = org.jsoup.Jsoup.parse(oat.toFile(), "UTF-8");
    assertThat(page.getElementById("sensitivity")).isNotNull();
    assertThat(page.getElementById("sensitivity").select("svg")).isNotEmpty();
    assertThat(page.text()).contains("events.test.hazard.base");

    Path sobol = dir.resolve("sobol.html");
    CliRunner indices = CliRunner.run("sweep", TINY, "--param", MOVES, "--param", HAZARD, "--method", "sobol",
        "--samples", "16", "--runs", "20", "--outputs", "breakdown", "--checkpoint",
        dir.resolve("b.checkpoint").toString(), "--report", sobol.toString());
    assertThat(indices.exitCode()).as(indices.err()).isZero();
    assertThat(org.jsoup.Jsoup.parse(sobol.toFile(), "UTF-8").getElementById("sensitivity").select("svg")).isNotEmpty();
  }
}
