package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SMALL = """
      Small, three actors, 3, 1,
      Actor,Description,Power,Issue,Salience,
      A,first,100,10,50,
      B,second,50,60,80,
      C,third,80,90,40,
      """;

  private static Path shared(String relative) {
    String dir = System.getProperty("tandem.shared.dir");
    assumeTrue(dir != null, "tandem.shared.dir not set; skipping (needs data/" + relative + ")");
    Path path = Path.of(dir, "data", relative);
    assumeTrue(Files.isRegularFile(path), "missing test data file " + path + "; skipping");
    return path;
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void printsEveryModelSideBySideAsText(@TempDir Path dir) throws IOException {
    Path file = write(dir, "small.csv", SMALL);
    CliRunner r = CliRunner.run("forecast", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("small.csv: Small (3 actors, 1 dimension)")
        .contains("compromise").contains("median").contains("eu").contains("smp")
        .contains("Issue");
    // By hand: compromise = (100*50*10 + 50*80*60 + 80*40*90) / (5000 + 4000 + 3200) = 44.75...
    assertThat(r.out()).contains(String.format(Locale.ROOT, "%.2f",
        (5000.0 * 10 + 4000 * 60 + 3200 * 90) / 12200));
  }

  @Test
  void writesOneJsonObjectPerInputPerModel(@TempDir Path dir) throws IOException {
    Path file = write(dir, "small.csv", SMALL);
    CliRunner r = CliRunner.run("forecast", "--format", "json", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> nodes = lines(r.out());
    assertThat(nodes).extracting(n -> n.get("model").asText())
        .containsExactly("compromise", "median", "eu", "smp");
    for (JsonNode n : nodes) {
      assertThat(n.get("input").asText()).isEqualTo(file.toString());
      assertThat(n.get("dimensions").get(0).asText()).isEqualTo("Issue");
      assertThat(n.get("actors")).hasSize(3);
      assertThat(n.get("forecast")).hasSize(1);
      assertThat(n.get("forecast").get(0).asDouble()).isBetween(10.0, 90.0);
      assertThat(n.has("history")).isFalse();
    }
    assertThat(nodes.get(1).get("forecast").get(0).asDouble()).isEqualTo(60.0);
  }

  @Test
  void historyHasOneEntryPerStateActorAndDimension() throws IOException {
    Path soe = shared("ktab/SOE-Pol-Comp.csv");
    CliRunner r = CliRunner.run("forecast", "--model", "smp", "--format", "json", "--history",
        soe.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode n = lines(r.out()).get(0);
    assertThat(n.get("turns").asInt()).isEqualTo(27);
    assertThat(n.get("history")).hasSize(28);
    assertThat(n.get("history").get(0)).hasSize(13);
    assertThat(n.get("history").get(0).get(0)).hasSize(2);
    assertThat(n.get("history").get(0).get(0).get(0).asDouble()).isEqualTo(30.0);
    assertThat(n.get("probabilities")).hasSize(28);
    assertThat(n.get("probabilities").get(0)).hasSize(13);
  }

  @Test
  void readsXmlAndTheReplicationCsvByDetection() throws IOException {
    Path xml = shared("ktab/dummyData_3Dim.xml");
    Path bdm = shared("bdm/ExampleActors.csv");
    CliRunner r = CliRunner.run("forecast", "--format", "json", "--model", "eu",
        "--eu-mode", "replication-compatible", xml.toString(), bdm.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> nodes = lines(r.out());
    assertThat(nodes).hasSize(2);
    assertThat(nodes.get(0).get("dimensions")).hasSize(3);
    // The replication's run ends at the median 7.0 after 10 rounds.
    assertThat(nodes.get(1).get("forecast").get(0).asDouble()).isEqualTo(7.0);
    assertThat(nodes.get(1).get("turns").asInt()).isEqualTo(10);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aDirectoryOfManySmallInputsRunsInOneCall(@TempDir Path dir) throws IOException {
    for (int k = 0; k < 350; k++) {
      write(dir, String.format(Locale.ROOT, "in%03d.csv", k), SMALL.replace("10,50",
          (k % 80) + ",50"));
    }
    CliRunner r = CliRunner.run("forecast", "--format", "json", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> nodes = lines(r.out());
    assertThat(nodes).hasSize(350 * 4);
    assertThat(nodes.get(0).get("input").asText()).endsWith("in000.csv");
    assertThat(nodes.get(nodes.size() - 1).get("input").asText()).endsWith("in349.csv");
  }

  @Test
  void badInputIsExitCodeTwoWithOneLocatedLineAndNoTrace(@TempDir Path dir) throws IOException {
    Path file = write(dir, "bad.csv", SMALL.replace("B,second,50,60,80,",
        "B,second,50,sixty,80,"));
    CliRunner r = CliRunner.run("forecast", file.toString());
    assertThat(r.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains(file + ":4:4:").contains("'sixty'")
        .doesNotContain("internal error").doesNotContain("\tat ");
    Path sum = write(dir, "sum.csv", SMALL.replace("C,third,80,90,40,", "C,third,80,90,140,"));
    CliRunner s = CliRunner.run("forecast", sum.toString());
    assertThat(s.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(s.err()).contains(sum + ":5:5:");
  }

  @Test
  void goodInputsAreStillForecastWhenAnotherFails(@TempDir Path dir) throws IOException {
    Path good = write(dir, "a.csv", SMALL);
    Path bad = write(dir, "b.csv", "Small, x, 3\n");
    CliRunner r = CliRunner.run("forecast", "--format", "json", good.toString(),
        bad.toString());
    assertThat(r.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(lines(r.out())).hasSize(4);
    assertThat(r.err()).contains(bad + ":1:4:");
  }

  @Test
  void tooFewActorsForSmpIsAnErrorAloneAndAWarningAmongAll(@TempDir Path dir)
      throws IOException {
    Path two = write(dir, "two.csv", "Two, x, 2, 1\nActor,D,Power,P,S\nA,a,1,10,50\n"
        + "B,b,1,90,50\n");
    CliRunner alone = CliRunner.run("forecast", "--model", "smp", two.toString());
    assertThat(alone.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(alone.err()).contains(two + ":2:1:").contains("at least 3 actors");
    CliRunner all = CliRunner.run("forecast", "--format", "json", two.toString());
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(lines(all.out())).extracting(n -> n.get("model").asText())
        .containsExactly("compromise", "median", "eu");
    assertThat(all.err()).contains("warning").contains("smp skipped");
  }

  @Test
  void optionsAreCheckedAndApplied(@TempDir Path dir) throws IOException {
    Path file = write(dir, "small.csv", SMALL);
    assertThat(CliRunner.run("forecast", "--model", "nash", file.toString()).exitCode())
        .isEqualTo(Cli.USER_ERROR);
    assertThat(CliRunner.run("forecast", "--format", "yaml", file.toString()).exitCode())
        .isEqualTo(Cli.USER_ERROR);
    assertThat(CliRunner.run("forecast", "--input-format", "yaml", file.toString()).exitCode())
        .isEqualTo(Cli.USER_ERROR);
    CliRunner badPce = CliRunner.run("forecast", "--smp-pce", "majority", file.toString());
    assertThat(badPce.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(badPce.err()).contains("--smp-pce").contains("markov-incentive");
    CliRunner noSeed = CliRunner.run("forecast", "--model", "smp", "--smp-transitions",
        "stochastic", file.toString());
    assertThat(noSeed.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(noSeed.err()).contains("--seed");
    // With every model, only smp needs the seed: the other three still forecast.
    CliRunner allNoSeed = CliRunner.run("forecast", "--smp-transitions", "stochastic", "--format", "json",
        file.toString());
    assertThat(allNoSeed.exitCode()).as(allNoSeed.err()).isZero();
    assertThat(lines(allNoSeed.out())).hasSize(3);
    assertThat(allNoSeed.err()).contains("smp skipped").contains("--seed").doesNotContain("compromise skipped");
    CliRunner seeded = CliRunner.run("forecast", "--model", "smp", "--smp-transitions",
        "stochastic", "--seed", "42", "--format", "json", file.toString());
    assertThat(seeded.exitCode()).as(seeded.err()).isZero();
    assertThat(CliRunner.run("forecast", "--model", "smp", "--smp-transitions", "stochastic",
        "--seed", "42", "--format", "json", file.toString()).out()).isEqualTo(seeded.out());
    CliRunner published = CliRunner.run("forecast", "--model", "eu", "--eu-mode",
        "as-published", "--eu-rounds", "3", "--format", "json", file.toString());
    assertThat(published.exitCode()).as(published.err()).isZero();
    assertThat(lines(published.out()).get(0).get("turns").asInt()).isBetween(0, 3);
    assertThat(CliRunner.run("forecast", "--eu-rounds", "0", file.toString()).exitCode())
        .isEqualTo(Cli.USER_ERROR);
  }

  @Test
  void missingFilesAndEmptyDirectoriesAreUserErrors(@TempDir Path dir) {
    CliRunner missing = CliRunner.run("forecast", dir.resolve("nope.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(missing.err()).contains("nope.csv");
    CliRunner misspelt = CliRunner.run("forecast", "korea-2013");
    assertThat(misspelt.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(misspelt.err()).contains("built-in scenario id").contains("did you mean 'korea-2012'");
    CliRunner empty = CliRunner.run("forecast", dir.toString());
    assertThat(empty.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(empty.err()).contains("no").contains(".csv");
  }

  @Test
  void xmlModelParametersApplyUnlessAFlagOverridesThem(@TempDir Path dir) throws IOException {
    String xml = """
        <Scenario><name>S</name><desc>d</desc><prngSeed>1</prngSeed>
        <ModelParameters><StateTransitions>Stochastic</StateTransitions></ModelParameters>
        <Actors>
        <Actor><name>A</name><description>a</description><capability>10</capability>
        <Position><dCoord>10</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
        <Actor><name>B</name><description>b</description><capability>20</capability>
        <Position><dCoord>50</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
        <Actor><name>C</name><description>c</description><capability>30</capability>
        <Position><dCoord>90</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
        </Actors></Scenario>
        """;
    Path file = write(dir, "s.xml", xml);
    CliRunner fromFile = CliRunner.run("forecast", "--model", "smp", "--format", "json",
        "--history", file.toString());
    assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
    assertThat(CliRunner.run("forecast", "--model", "smp", "--format", "json", "--history",
        "--seed", "1", file.toString()).out()).as("prngSeed 1 is the seed").isEqualTo(
        fromFile.out());
    Path unseeded = write(dir, "u.xml", xml.replace("<prngSeed>1</prngSeed>", ""));
    CliRunner noSeed = CliRunner.run("forecast", "--model", "smp", unseeded.toString());
    assertThat(noSeed.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(noSeed.err()).contains("--seed");
    Path odd = write(dir, "o.xml", xml.replace("<StateTransitions>", "<Mood>calm</Mood>"
        + "<StateTransitions>"));
    CliRunner warnedOdd = CliRunner.run("forecast", "--model", "smp", odd.toString());
    assertThat(warnedOdd.exitCode()).as(warnedOdd.err()).isZero();
    assertThat(warnedOdd.err()).contains("'Mood'");
    CliRunner overridden = CliRunner.run("forecast", "--model", "smp", "--smp-transitions",
        "deterministic", file.toString());
    assertThat(overridden.exitCode()).as(overridden.err()).isZero();
    Path adjusted = write(dir, "ia.xml", xml.replace("</Actors>", "</Actors><IdealAdjustment>"
        + "<iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>B</referencePos>"
        + "<adjust>0.5</adjust></iaPair></IdealAdjustment>"));
    CliRunner warned = CliRunner.run("forecast", "--model", "smp", "--seed", "3",
        adjusted.toString());
    assertThat(warned.exitCode()).as(warned.err()).isZero();
    assertThat(warned.err()).contains("warning").contains("IdealAdjustment");
  }

  @Test
  void forecastsEachIssueOfAScenario() throws IOException {
    CliRunner run = CliRunner.run("forecast", "korea-2012", "--format", "json", "--model", "compromise");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines.length).isGreaterThanOrEqualTo(5);
    var first = Json.MAPPER.readTree(lines[0]);
    assertThat(first.get("input").asText()).startsWith("korea-2012#");
    assertThat(first.get("model").asText()).isEqualTo("compromise");
  }

  @Test
  void givenOutcomesSwitchTheProfilesOfAScenariosActors() {
    String scenario = RepoFiles.path("core/src/test/resources/scenarios/tiny.yaml").toString();
    CliRunner start = CliRunner.run("forecast", scenario, "--model", "compromise");
    CliRunner hawk = CliRunner.run("forecast", scenario, "--model", "compromise", "--given", "election=hawk");
    // By hand (see ScenarioProblemsTest): 75.29 at the start, 43.53 with a hawkish A.
    assertThat(start.out()).contains("75.29");
    assertThat(hawk.out()).contains("43.53");
    CliRunner wrong = CliRunner.run("forecast", scenario, "--given", "election=owl");
    assertThat(wrong.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(wrong.err()).contains("not an outcome of 'election'").doesNotContain("\tat ");
  }
}
