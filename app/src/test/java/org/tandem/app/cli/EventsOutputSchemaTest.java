package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/events-output.schema.json against the real output of {@code events aggregate}, {@code events
 * ingest} and {@code events show} on the public sample files (skipped when they are absent).
 */
class EventsOutputSchemaTest {
  static Schema schema;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = Files.newInputStream(RepoFiles.path("docs/events-output.schema.json"))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static Path sample(String name) {
    String shared = System.getProperty("tandem.shared.dir");
    assumeTrue(shared != null, "tandem.shared.dir not set; skipping (needs data/events/" + name + ")");
    Path path = Path.of(shared, "data", "events", name);
    assumeTrue(Files.isRegularFile(path), "missing test data file " + path + "; skipping");
    return path;
  }

  private static void assertValid(String json) {
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
  }

  @Test
  void aggregateOutputOfBothSampleFilesFollowsTheSchema() throws IOException {
    Path gdelt = sample("gdelt1-mixed-57-58.tsv");
    Path icews = sample("icews-events.2018.sample.tab");
    CliRunner run = CliRunner.run("events", "aggregate", gdelt.toString(), icews.toString(), "--dyad", "USA-PRK",
        "--dyad", "CHN>PRK", "--period", "week", "--output-format", "json", "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertValid(run.out());
    JsonNode root = Json.MAPPER.readTree(run.out());
    assertThat(root.at("/summary/files").asInt()).isEqualTo(2);
    assertThat(root.at("/aggregates").size()).isGreaterThan(1);
    assertThat(root.at("/summary/unknownCountryNames").isObject()).isTrue();
    // A document missing a required part, or with a ratio out of range, is rejected.
    ObjectNode broken = (ObjectNode) root.deepCopy();
    broken.remove("summary");
    assertThat(schema.validate(Json.write(broken), InputFormat.JSON)).isNotEmpty();
    ObjectNode wrongTension = (ObjectNode) root.deepCopy();
    ((ObjectNode) wrongTension.at("/aggregates/0")).put("tension", 1.5);
    assertThat(schema.validate(Json.write(wrongTension), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void schemaRejectsAnImpossiblePeriodOrLine() throws IOException {
    Path file = Files.writeString(dir.resolve("e.csv"),
        "SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode\n20180601,USA,PRK,042\n20180602,USA,PRK,zz\n");
    CliRunner run = CliRunner.run("events", "aggregate", file.toString(), "--dyad", "USA-PRK", "--output-format", "json",
        "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertValid(run.out());
    JsonNode root = Json.MAPPER.readTree(run.out());
    assertThat(root.at("/aggregates/0/period").asText()).isEqualTo("2018-06");
    assertThat(root.at("/summary/firstRejections/0/line").asInt()).isEqualTo(3);
    ObjectNode month13 = root.deepCopy();
    ((ObjectNode) month13.at("/aggregates/0")).put("period", "2018-13");
    assertThat(schema.validate(Json.write(month13), InputFormat.JSON)).as("period 2018-13").isNotEmpty();
    ObjectNode week60 = root.deepCopy();
    ((ObjectNode) week60.at("/aggregates/0")).put("period", "2018-W60");
    assertThat(schema.validate(Json.write(week60), InputFormat.JSON)).as("period 2018-W60").isNotEmpty();
    ObjectNode line0 = root.deepCopy();
    ((ObjectNode) line0.at("/summary/firstRejections/0")).put("line", 0);
    assertThat(schema.validate(Json.write(line0), InputFormat.JSON)).as("line 0").isNotEmpty();
  }

  @Test
  void aggregateOutputWithRejectedRowsFollowsTheSchema() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.tsv"), "1\t20180601\tx\n");
    CliRunner run = CliRunner.run("events", "aggregate", file.toString(), "--format", "gdelt1", "--dyad", "USA-PRK",
        "--output-format", "json", "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertValid(run.out());
    assertThat(Json.MAPPER.readTree(run.out()).at("/summary/firstRejections/0/code").asText())
        .isEqualTo("column-count");
  }

  @Test
  void ingestAndShowOutputFollowTheSchema() throws IOException {
    Path icews = sample("icews-events.2018.sample.tab");
    String db = dir.resolve("t").toString();
    CliRunner ingest = CliRunner.run("events", "ingest", icews.toString(), "--db", db, "--quiet", "--output-format",
        "json");
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertValid(ingest.out());
    assertThat(Json.MAPPER.readTree(ingest.out()).at("/files/0/newEvents").asLong()).isPositive();
    CliRunner show = CliRunner.run("events", "show", "--dyad", "USA-PRK", "--period", "day", "--db", db,
        "--output-format", "json");
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertValid(show.out());
    assertThat(Json.MAPPER.readTree(show.out()).at("/aggregates/0/events").asLong()).isEqualTo(200);
  }
}
