package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final String TINY = "../core/src/test/resources/scenarios/tiny.yaml";

  private static Schema schema() {
    return OutputSchemas.load("compare-output.schema.json");
  }

  @Test
  void schemaRejectsWrongDocuments() throws Exception {
    CliRunner run = CliRunner.run("compare", "korea-2012", "--no-report", "--runs", "50", "--strategies",
        "comprehensive,strategic-patience", "--format", "json", "--dates", "2015-12");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = Json.MAPPER.readTree(run.out());
    assertThat(schema().validate(run.out(), InputFormat.JSON)).isEmpty();
    assertThat(root.at("/metrics/0/id").asText()).startsWith("p:");
    java.util.Map<String, java.util.function.Consumer<ObjectNode>> mutations = new java.util.LinkedHashMap<>();
    mutations.put("a probability of 1.7", r -> ((ObjectNode) r.at("/metrics/0/strategies/1")).put("mean", 1.7));
    mutations.put("a probability difference above 1",
        r -> ((ObjectNode) r.at("/metrics/0/strategies/1/difference")).put("high", 1.0025));
    mutations.put("an unknown key in an estimate",
        r -> ((ObjectNode) r.at("/metrics/0/strategies/1/difference")).put("sd", 0.1));
    mutations.put("a negative variance ratio", r -> ((ObjectNode) r.at("/metrics/0/strategies/1")).put("varianceRatio", -1));
    mutations.put("months below 1", r -> ((ObjectNode) r.at("/metrics/" + firstMonths(r) + "/strategies/0")).put("low", 0.5));
    mutations.put("a per-strategy result without its manifest", r -> ((ObjectNode) r.at("/perStrategy/0")).remove("manifest"));
    mutations.put("a per-strategy probability of 1.7",
        r -> ((ObjectNode) r.at("/perStrategy/1/milestones/0")).put("probability", 1.7));
    mutations.put("an unknown metric", r -> ((ObjectNode) r.at("/metrics/0")).put("id", "odds:x"));
    for (var m : mutations.entrySet()) {
      ObjectNode broken = root.deepCopy();
      m.getValue().accept(broken);
      assertThat(schema().validate(Json.write(broken), InputFormat.JSON)).as(m.getKey()).isNotEmpty();
    }
  }

  private static int firstMonths(JsonNode root) {
    for (int i = 0; i < root.get("metrics").size(); i++) {
      if (root.at("/metrics/" + i + "/id").asText().startsWith("months:")) {
        return i;
      }
    }
    throw new AssertionError("no months: metric");
  }

  @Test
  void comparesTheBuiltInStrategiesAsATable() {
    CliRunner run = CliRunner.run("compare", "korea-2012", "--no-report", "--runs", "400", "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Common random numbers").contains("P(normalization by 2030-12)")
        .contains("comprehensive").contains("vs baseline").contains("CRN variance ratio");
  }

  @Test
  void jsonFollowsItsSchema() throws Exception {
    CliRunner run = CliRunner.run("compare", "korea-2012", "--no-report", "--runs", "300", "--strategies",
        "comprehensive,strategic-patience", "--format", "json", "--dates", "2015-12");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(schema().validate(run.out(), InputFormat.JSON)).isEmpty();
    JsonNode root = Json.MAPPER.readTree(run.out());
    assertThat(root.get("baseline").asText()).isEqualTo("comprehensive");
    assertThat(root.at("/metrics/0/strategies/0/difference/mean").asDouble()).isZero();
  }

  @Test
  void independentPerStrategyResultsAreReproducedBySimulateWithTheirManifestSeed() throws Exception {
    CliRunner run = CliRunner.run("compare", "korea-2012", "--no-report", "--runs", "200", "--seed", "7",
        "--strategies", "comprehensive,strategic-patience", "--independent", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = Json.MAPPER.readTree(run.out());
    assertThat(root.get("commonRandomNumbers").asBoolean()).isFalse();
    assertThat(root.at("/perStrategy/0/manifest/seed").asLong()).isEqualTo(7);
    assertThat(root.at("/perStrategy/1/manifest/seed").asLong()).isNotEqualTo(7);
    for (JsonNode one : root.get("perStrategy")) {
      CliRunner alone = CliRunner.run("simulate", "korea-2012", "--no-report", "--quiet", "--format", "json",
          "--runs", one.at("/manifest/runs").asText(), "--seed", one.at("/manifest/seed").asText(),
          "--strategy", one.at("/manifest/strategy").asText());
      assertThat(alone.exitCode()).as(alone.err()).isZero();
      com.fasterxml.jackson.databind.node.ObjectNode simulated =
          (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(alone.out());
      simulated.remove("timing");
      assertThat(simulated).isEqualTo(one);
    }
  }

  @Test
  void aScenarioWithoutCapabilityModelHasNoArsenalMetricsAndRefusesDates() throws Exception {
    for (String format : new String[] {"text", "json", "csv"}) {
      CliRunner run = CliRunner.run("compare", "iran-2015", "--no-report", "--quiet", "--runs", "50", "--format", format);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).as(format).doesNotContain("warheads").contains("breakdown");
      if (format.equals("json")) {
        assertThat(schema().validate(run.out(), InputFormat.JSON)).isEmpty();
      }
    }
    CliRunner dates = CliRunner.runWithoutReport("compare", "iran-2015", "--dates", "2020-12", "--runs", "10");
    assertThat(dates.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(dates.err()).startsWith("--dates: error: 'iran-2015' has no capability model").hasLineCount(1);
  }

  @Test
  void varyCrossesStrategiesWithOutcomes() throws Exception {
    CliRunner text = CliRunner.run("compare", "korea-2012", "--no-report", "--runs", "300", "--vary",
        "us-election-2012=democrat,republican", "--quiet");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("us-election-2012 =").containsPattern("democrat +republican");
    CliRunner json = CliRunner.run("compare", "korea-2012", "--no-report", "--runs", "200", "--vary",
        "us-election-2012=democrat,republican", "--format", "json");
    assertThat(schema().validate(json.out(), InputFormat.JSON)).isEmpty();
    assertThat(Json.MAPPER.readTree(json.out()).at("/outcomes/1/comparison/given/us-election-2012").asText())
        .isEqualTo("republican");
  }

  @Test
  void csvHasARowPerMetricAndStrategy() {
    CliRunner run = CliRunner.run("compare", TINY, "--no-report", "--runs", "100", "--strategies", "engage,engage-slowly",
        "--format", "csv");
    // tiny.yaml has a single strategy, so the second one is a user error...
    assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(run.err()).contains("engage-slowly");
  }

  @Test
  void reportHasTheComparisonAndEachStrategysCharts(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("c.html");
    CliRunner run = CliRunner.run("compare", "korea-2012", "--runs", "100", "--quiet", "--strategies",
        "strategic-patience,comprehensive", "--report", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(report)).contains("id=\"comparison\"").contains("id=\"strategy-strategic-patience\"")
        .contains("id=\"strategy-comprehensive\"").contains("id=\"fig-comprehensive-fan-warheads\"");
    assertThat(run.err()).contains("tandem: report " + report.toAbsolutePath().normalize());
  }

  @Test
  void varyWritesOneReportPerOutcome(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("v.html");
    CliRunner run = CliRunner.run("compare", "korea-2012", "--runs", "60", "--quiet", "--vary",
        "us-election-2012=democrat,republican", "--report", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("v-us-election-2012-democrat.html")).content().contains("us-election-2012 = democrat");
    assertThat(dir.resolve("v-us-election-2012-republican.html")).content().contains("us-election-2012 = republican");
    assertThat(report).doesNotExist();
  }

  @Test
  void outThatIsAFolderIsAOneLineUserErrorAndAMissingFolderIsCreated(@TempDir Path dir) throws Exception {
    String[] compare = {"compare", "korea-2012", "--strategies", "strategic-patience,comprehensive", "--no-report",
        "--runs", "10", "--quiet", "--format", "csv", "--out"};
    CliRunner folder = CliRunner.run(concat(compare, dir.toString()));
    assertThat(folder.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(folder.err()).startsWith(dir + ": error: this is a folder").contains("[unwritable-file]").hasLineCount(1);
    Path out = dir.resolve("new/c.csv");
    CliRunner created = CliRunner.run(concat(compare, out.toString()));
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(out).content().startsWith("condition,metric,strategy,");
  }

  @Test
  void badRequestsAreUserErrors() {
    for (String[] args : new String[][] {
        {"compare", "korea-2012", "--strategies", "comprehensive"},
        {"compare", "korea-2012", "--baseline", "nope"},
        {"compare", "korea-2012", "--vary", "us-election-2012"},
        {"compare", "korea-2012", "--vary", "us-election-2012=green", "--runs", "10"},
        {"compare", "korea-2012", "--dates", "2040-01", "--runs", "10"},
        {"compare", "korea-2012", "--dates", "soon", "--runs", "10"}}) {
      CliRunner run = CliRunner.runWithoutReport(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(Cli.USER_ERROR);
      assertThat(run.err()).as(String.join(" ", args)).doesNotContain("\tat ");
    }
  }

  @Test
  void varyNamesItselfInItsErrorsAndCannotGoWithAGivenOfTheSameEvent() {
    CliRunner typo = CliRunner.runWithoutReport("compare", "korea-2012", "--vary",
        "us-election-2012=democrat,republicn", "--runs", "10");
    assertThat(typo.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(typo.err()).startsWith("--vary us-election-2012=democrat,republicn: error: 'republicn' is not an"
        + " outcome of 'us-election-2012'").contains("did you mean 'republican'");
    CliRunner both = CliRunner.runWithoutReport("compare", "korea-2012", "--vary",
        "us-election-2012=democrat,republican", "--given", "us-election-2012=democrat", "--runs", "10");
    assertThat(both.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(both.err()).contains("vary it or give it, not both");
    java.nio.file.Path shorter;
    try {
      shorter = java.nio.file.Files.createTempFile("korea-to-2020", ".yaml");
      shorter.toFile().deleteOnExit();
      java.nio.file.Files.writeString(shorter, CliRunner.run("scenario", "show", "korea-2012").out()
          .replace("horizon: 2030-12", "horizon: 2020-12"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    CliRunner late = CliRunner.runWithoutReport("compare", shorter.toString(), "--vary",
        "us-election-2028=democrat-unified,republican-unified", "--runs", "10");
    assertThat(late.exitCode()).isEqualTo(Cli.USER_ERROR);
    assertThat(late.err()).startsWith("--vary us-election-2028=").contains("outside the simulated months");
  }

  private static String[] concat(String[] args, String last) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }
}
