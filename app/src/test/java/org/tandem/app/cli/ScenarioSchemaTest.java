package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.tandem.core.check.Scenarios;
import org.tandem.core.scenario.BuiltinScenarios;

/**
 * The published JSON Schema of the scenario format (docs/scenario.schema.json) accepts what the
 * loader accepts and rejects, with it, files the loader rejects for their structure. Scenarios are
 * read as YAML 1.2 into plain values, as an editor's YAML plug-in would, then validated as JSON.
 */
class ScenarioSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(new String(RepoFiles.bytes("docs/scenario.schema.json"), StandardCharsets.UTF_8), InputFormat.JSON);
  private static final String TINY = new String(RepoFiles.fixture("tiny.yaml"), StandardCharsets.UTF_8);

  /** The schema's findings on a YAML text, each as "instance location: message". */
  private static List<String> validate(String yaml) {
    Object value = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    String json = JSON.valueToTree(value).toString();
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(ScenarioSchemaTest::describe).toList();
  }

  private static String describe(Error e) {
    return e.getInstanceLocation() + ": " + e.getMessage();
  }

  static List<String> builtins() {
    return BuiltinScenarios.ids();
  }

  @Test
  void isADraft202012SchemaThatDescribesEveryTopLevelKey() throws Exception {
    var schema = JSON.readTree(RepoFiles.bytes("docs/scenario.schema.json"));
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    List<String> keys = new java.util.ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyInAnyOrder("tandem", "id", "title", "description", "sources", "start", "horizon",
        "model", "issues", "actors", "tracks", "environment", "capability", "steps", "events", "strategies", "default-strategy",
        "milestones", "breakdown", "source", "note");
    schema.get("properties").forEach(p -> assertThat(p.has("description") || p.has("$ref")).isTrue());
  }

  @Test
  void acceptsTheTinyFixture() {
    assertThat(validate(TINY)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cycle.yaml", "dead-step.yaml", "unreachable-milestone.yaml", "reciprocal-conflict.yaml"})
  void acceptsTheAnalysisFixturesWhoseStructureIsValid(String name) {
    assertThat(validate(new String(RepoFiles.fixture(name), StandardCharsets.UTF_8))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtins")
  void acceptsEveryBuiltIn(String id) {
    assertThat(validate(new String(RepoFiles.presentBuiltin(id), StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void acceptsEveryFormOfNumberAndDistribution() {
    String yaml = TINY
        .replace("capability: 60", "capability: {value: 60, source: wit-2012, note: \"assumption\"}")
        .replace("    moves: 10\n", "    moves: 10\n    duration: {distribution: lognormal, median: 3, sigma: 0.5}\n"
            + "    pace: {value: 0.2, note: \"assumption\"}\n")
        .replace("      duration: 3\n", "      duration: {distribution: uniform, min: {value: 1, note: x}, max: 4}\n");
    assertThat(Scenarios.check(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml").ok()).isTrue();
    assertThat(validate(yaml)).isEmpty();
  }

  /** Each change makes tiny.yaml a file that the loader rejects for its structure; so must the schema. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown key              | 'title: Two sides, two tracks' | 'title: Two sides, two tracks\\ncolour: red'",
      "misspelt step key        | '    issue: trade\\n    moves: 30' | '    issue: trade\\n    moves: 30\\n    precondtion: x'",
      "missing title            | 'title: Two sides, two tracks\\n' | ''",
      "word for a number        | 'capability: 60'                | 'capability: lots'",
      "salience above 1         | 'salience: 0.6'                 | 'salience: 1.6'",
      "id not kebab-case        | 'id: open-talks'                | 'id: Open_Talks'",
      "month 13                 | 'date: 2020-11'                 | 'date: 2020-13'",
      "format version 2         | 'tandem: 1'                     | 'tandem: 2'",
      "unknown distribution     | 'distribution: triangular'      | 'distribution: normal'",
      "uniform with a mode      | 'distribution: triangular, min: 1, mode: 2, max: 4' | 'distribution: uniform, min: 1, mode: 2, max: 4'",
      "hazard on a scheduled    | '    date: 2020-11\\n'           | '    date: 2020-11\\n    hazard: {base: 0.1}\\n'",
      "selector with two keys   | 'select: {all: true}'           | 'select: {all: true, track: talks}'",
      "list where a map belongs | 'scale: {low: embargo, high: open trade}' | 'scale: [embargo, open trade]'",
      "scalar where a list is   | 'actors: [a, b]'                | 'actors: 3'",
      "unknown support model    | 'tandem: 1'                     | 'tandem: 1\\nmodel: {support: mean}'",
      "reversal without cause   | '    reciprocal: swap\\n    issue: trade' | '    reciprocal: swap\\n    reversal: {probability: 0.5}\\n    issue: trade'",
  })
  void rejectsWhatTheLoaderRejects(String what, String from, String to) {
    assertThat(TINY).contains(from.replace("\\n", "\n"));
    String yaml = TINY.replaceFirst(java.util.regex.Pattern.quote(from.replace("\\n", "\n")),
        java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n")));
    assertThat(Scenarios.check(yaml.getBytes(StandardCharsets.UTF_8), "t.yaml").ok()).as("the loader rejects it").isFalse();
    assertThat(validate(yaml)).as(what).isNotEmpty();
  }

  /**
   * Generated inputs: a value of a fixture replaced by another kind of value, or a line deleted or
   * repeated. Whatever checks without errors the schema must accept, or an editor would flag a
   * valid file. Each case has its own seed, named on failure.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tiny.yaml", "cycle.yaml", "reciprocal-conflict.yaml", "built-in korea-2012",
      "built-in iran-2015"})
  void acceptsEveryMutationThatChecksClean(String base) {
    String text = base.startsWith("built-in ")
        ? new String(RepoFiles.presentBuiltin(base.substring(9)), StandardCharsets.UTF_8)
        : new String(RepoFiles.fixture(base), StandardCharsets.UTF_8);
    List<String> values = List.of("", "~", "0", "-1", "0.5", "150", "word", "[x]", "{}", "true", "2020-13", "2020-06",
        "\"text\"", "{value: 1}", "{value: 1, note: n}", "[a, b]", "{distribution: fixed, value: 1}");
    String[] lines = text.split("\n", -1);
    int accepted = 0;
    int cases = base.startsWith("built-in ") ? 150 : 400;
    for (int i = 0; i < cases; i++) {
      long seed = 7_000L + i;
      var rng = org.apache.commons.rng.simple.RandomSource.XO_SHI_RO_256_PP.create(seed);
      List<String> out = new java.util.ArrayList<>(List.of(lines));
      int at = rng.nextInt(out.size());
      int colon = out.get(at).indexOf(": ");
      int kind = rng.nextInt(4);
      if (kind == 0) {
        out.remove(at);
      } else if (kind == 1) {
        out.add(at, out.get(at));
      } else if (colon > 0) {
        out.set(at, out.get(at).substring(0, colon + 2) + values.get(rng.nextInt(values.size())));
      }
      String yaml = String.join("\n", out);
      if (!Scenarios.check(yaml.getBytes(StandardCharsets.UTF_8), "m.yaml").ok()) {
        continue;
      }
      accepted++;
      assertThat(validate(yaml)).as("%s, seed %d: line %d is now: %s", base, seed, at + 1,
          at < out.size() ? out.get(at) : "(deleted)").isEmpty();
    }
    assertThat(accepted).as("mutations that checked clean").isPositive();
  }

  @Test
  void pointsAtTheOffendingProperty() {
    assertThat(validate(TINY.replace("capability: 60", "capability: lots")))
        .anyMatch(finding -> finding.startsWith("/actors/0/capability: "));
  }
}
