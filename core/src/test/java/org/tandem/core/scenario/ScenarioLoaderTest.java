package org.tandem.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.check.CheckResult;
import org.tandem.core.check.TestScenarios;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Problems;

/** The loader's structural errors, each with its message and exact location. */
class ScenarioLoaderTest {
  private static final String MINI = TestScenarios.MINI;

  private static String mini(String from, String to) {
    return TestScenarios.mini(from, to);
  }

  @Test
  void loadsTheMinimalScenarioWithoutDiagnostics() {
    CheckResult result = TestScenarios.check(MINI);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.scenario().id()).isEqualTo("mini");
    assertThat(result.scenario().months()).isEqualTo(12);
  }

  @Test
  void loadsTheTinyFixtureWithEveryPart() {
    Problems problems = new Problems();
    Scenario s = ScenarioLoader.load(TestScenarios.fixture("tiny.yaml"), "tiny.yaml", problems);
    assertThat(problems.all()).isEmpty();
    assertThat(s.steps()).extracting(Step::id).containsExactly("open-talks", "lift-embargo", "stop-tests");
    assertThat(s.step("lift-embargo").orElseThrow().duration()).isEqualTo(new Distribution.Triangular(1, 2, 4));
    assertThat(s.step("stop-tests").orElseThrow().verification().violation()).isEqualTo(0.1);
    assertThat(s.actor("a").orElseThrow().profile("hawk").positions().get("trade"))
        .isEqualTo(new Position(20, 0.6));
    assertThat(s.event("election").orElseThrow()).isInstanceOf(Event.Scheduled.class);
    assertThat(s.breakdown().forMonths()).isEqualTo(2);
  }

  @Test
  void reportsInvalidYamlAtTheOffendingToken() {
    assertThat(TestScenarios.lines(mini("    name: Talks\n", "    name: Talks\n   bad: [\n"))).containsExactly(
        "test.yaml:21:4: error: invalid YAML: expected <block end>, but found '<block mapping start>'"
            + " (while parsing a block collection) [yaml-syntax]");
  }

  @Test
  void reportsAnEmptyFile() {
    assertThat(TestScenarios.lines("# nothing here\n"))
        .containsExactly("test.yaml:1:1: error: the file is empty: expected a scenario [yaml-syntax]");
  }

  @Test
  void reportsYamlNestedTooDeeplyInsteadOfOverflowingTheStack() {
    String yaml = "tandem: 1\nid: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
    assertThat(TestScenarios.lines(yaml))
        .containsExactly("test.yaml:1:1: error: invalid YAML: the file is nested too deeply to be a scenario [yaml-syntax]");
  }

  @Test
  void reportsAnExpressionTooLongToCheckAtItsFirstSurplusOperator() {
    String sum = String.join(" + ", java.util.Collections.nCopies(20_000, "1"));
    assertThat(TestScenarios.lines(mini("\"implemented(open)\"", "\"" + sum + " > 0\"")))
        .singleElement().asString().startsWith("test.yaml:34:" + (12 + 1_000 * 4 + 2)
            + ": error: in 'when': expression too long (more than 1000 operators) in \"1 + 1 + ");
  }

  @Test
  void rejectsAFileLargerThanEightMebibytesBeforeReadingIt() {
    byte[] bytes = new byte[8 * 1024 * 1024 + 1];
    java.util.Arrays.fill(bytes, (byte) ' ');
    assertThat(org.tandem.core.check.Scenarios.check(bytes, "big.yaml").diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("big.yaml:1:1: error: the file has 8388609 bytes; a scenario may have at most 8388608 [too-large]");
  }

  @Test
  void reportsAForbiddenControlCharacterWhereItIs() {
    assertThat(TestScenarios.lines(mini("title: Minimal", "title: Mini\u0007mal")))
        .containsExactly("test.yaml:3:12: error: invalid YAML: character U+0007 is not allowed in a YAML file [yaml-syntax]");
  }

  @Test
  void reportsBytesThatAreNotUtf8WhereTheyAre() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] text = MINI.getBytes(StandardCharsets.UTF_8);
    int at = MINI.indexOf("Minimal") + 4;
    bytes.write(text, 0, at);
    bytes.write(0xFF);
    bytes.write(text, at, text.length - at);
    assertThat(org.tandem.core.check.Scenarios.check(bytes.toByteArray(), "test.yaml").diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly("test.yaml:3:12: error: the file is not UTF-8 text: invalid byte sequence (byte "
            + (at + 1) + " of the file, 0xff) [not-text]");
  }

  @Test
  void countsCharactersNotUtf16UnitsInTheColumnOfABadByte() {
    byte[] text = "title: \uD83C\uDF10 \u00e9!".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
    bytes[text.length] = (byte) 0xC3;
    assertThat(org.tandem.core.check.Scenarios.check(bytes, "test.yaml").diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("test.yaml:1:12: error: the file is not UTF-8 text: invalid byte sequence (byte "
            + (text.length + 1) + " of the file, 0xc3) [not-text]");
  }

  @Test
  void reportsAMisspeltKeyWithTheKeyItResembles() {
    assertThat(TestScenarios.lines(mini("    moves: 5\n", "    moves: 5\n    precondtion: \"true\"\n")))
        .containsExactly("test.yaml:28:5: error: unknown key 'precondtion' in steps (item 'open')"
            + " - did you mean 'preconditions'? [unknown-key]");
  }

  @Test
  void reportsAnUnknownKeyWithoutSuggestionWhenNothingIsClose() {
    assertThat(TestScenarios.lines(mini("title: Minimal", "title: Minimal\ncolour: red")))
        .containsExactly("test.yaml:4:1: error: unknown key 'colour' [unknown-key]");
  }

  @Test
  void reportsAMissingRequiredKeyAtItsMap() {
    assertThat(TestScenarios.lines(mini("    title: Open\n", "")))
        .containsExactly("test.yaml:22:5: error: missing 'title' (text) in steps.open [missing-key]");
  }

  @Test
  void reportsAWordWhereANumberBelongs() {
    assertThat(TestScenarios.lines(mini("capability: 1", "capability: lots")))
        .containsExactly("test.yaml:15:17: error: expected a number for 'capability' but found 'lots' [wrong-type]");
  }

  @Test
  void reportsAScalarWhereAListBelongs() {
    assertThat(TestScenarios.lines(mini("milestones:\n  - id: opened\n    name: Opened\n    when: \"implemented(open)\"\n",
        "milestones: opened\n")))
        .containsExactly("test.yaml:31:13: error: expected a list for 'milestones' but found 'opened' [wrong-type]");
  }

  @Test
  void reportsAValueOutsideItsRange() {
    assertThat(TestScenarios.lines(mini("salience: 0.5", "salience: 1.5")))
        .containsExactly("test.yaml:17:39: error: 'salience' is 1.5 but must be between 0 and 1 [out-of-range]");
  }

  @Test
  void reportsAStepCapabilityFactorAboveOne() {
    // A factor restrains production while the step holds; the smallest of the steps in force applies.
    List<String> lines = TestScenarios.lines(mini("    moves: 5\n", "    moves: 5\n    capability: {production: 2}\n"));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains("'production' is 2").contains("must be between 0 and 1").endsWith("[out-of-range]");
  }

  @Test
  void reportsAHorizonBeforeTheStart() {
    assertThat(TestScenarios.lines(mini("horizon: 2020-12", "horizon: 2019-12")))
        .containsExactly("test.yaml:6:10: error: horizon 2019-12 must come after start 2020-01 [out-of-range]");
  }

  @Test
  void reportsASecondItemWithTheSameIdAndWhereTheFirstIs() {
    assertThat(TestScenarios.lines(mini("    name: Talks\n", "    name: Talks\n  - id: talks\n    name: Again\n")))
        .containsExactly("test.yaml:21:9: error: duplicate track id 'talks' (first defined at test.yaml:19:9) [duplicate-id]");
  }

  @Test
  void reportsAKeyWrittenTwiceInOneMap() {
    assertThat(TestScenarios.lines(mini("    name: Trade\n", "    name: Trade\n    name: Commerce\n")))
        .containsExactly("test.yaml:10:5: error: key 'name' appears twice (first at test.yaml:9:5) [duplicate-key]");
  }

  @Test
  void reportsAnIdThatIsNotKebabCase() {
    assertThat(TestScenarios.lines(mini("id: open", "id: Open_Door")))
        .containsExactly("test.yaml:22:9: error: 'Open_Door' is not a valid id for 'id': use lower-case letters,"
            + " digits and single hyphens, starting with a letter [bad-id]");
  }

  @Test
  void rejectsTrueAsAnIdBecauseYamlAndExpressionsReadItAsABoolean() {
    assertThat(TestScenarios.lines(mini("  - id: talks\n", "  - id: true\n").replace("track: talks", "track: true")))
        .containsExactly(
            "test.yaml:19:9: error: 'true' is not a valid id for 'id': it means true in YAML and in expressions;"
                + " choose another [bad-id]",
            "test.yaml:23:12: error: 'true' is not a valid id for 'track': it means true in YAML and in expressions;"
                + " choose another [bad-id]");
  }

  @Test
  void reportsAnExpressionSyntaxErrorAtTheColumnOfItsToken() {
    // "    when: \"" is 11 characters, so the expression starts in column 12 and its second 'and' in 34.
    assertThat(TestScenarios.lines(mini("\"implemented(open)\"", "\"implemented(open) and and true\"")))
        .containsExactly("test.yaml:34:34: error: in 'when': expected a value but found 'and'"
            + " in \"implemented(open) and and true\" [bad-expression]");
  }

  @Test
  void reportsAnExpressionErrorInAPlainScalarAtItsColumn() {
    assertThat(TestScenarios.lines(mini("\"implemented(open)\"", "implemented(open) < 2 < 3")))
        .containsExactly("test.yaml:34:33: error: in 'when': comparisons cannot be chained; combine them with 'and'"
            + " in \"implemented(open) < 2 < 3\" [bad-expression]");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      // how the expression is written after 'when:'  | line:column of the second 'and'
      "'\"implemented(open) and and true\"'             | 34:34",
      "'implemented(open)\\n      and and true'          | 35:11",
      "'\"implemented(open)\\n      and and true\"'     | 35:11",
      "'\"implemented(open) \\\\n   and and true\"'     | 35:8",
      "'>-\\n      implemented(open)\\n      and and true' | 36:11",
      "'|\\n      implemented(open) and\\n        and true' | 36:9",
      "''' implemented(open)\\n\\n   and and true'''      | 36:8",
  })
  void locatesAnExpressionErrorInEveryStyleOfScalar(String written, String where) {
    String yaml = mini("\"implemented(open)\"", written.replace("\\n", "\n"));
    assertThat(TestScenarios.lines(yaml)).singleElement().asString()
        .startsWith("test.yaml:" + where + ": error: in 'when': expected a value but found 'and'");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "line breaks {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"\r\n", "\r"})
  void countsLinesAsYamlDoesWhateverTheLineBreaks(String lineBreak) {
    String yaml = mini("\"implemented(open)\"", "implemented(open)\n      and and true").replace("\n", lineBreak);
    assertThat(TestScenarios.lines(yaml)).containsExactly("test.yaml:35:11: error: in 'when': expected a value but"
        + " found 'and' in \"implemented(open) and and true\" [bad-expression]");
    byte[] bad = (MINI.replace("\n", lineBreak) + "x").getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 1] = (byte) 0xFF;
    assertThat(org.tandem.core.check.Scenarios.check(bad, "test.yaml").diagnostics()).extracting(Diagnostic::toString)
        .singleElement().asString().startsWith("test.yaml:35:1: error: the file is not UTF-8 text");
  }

  @Test
  void reportsProbabilitiesThatDoNotSumToOne() {
    String yaml = mini("strategies:", """
        events:
          - id: vote
            kind: scheduled
            name: Vote
            date: 2020-06
            outcomes:
              - id: aye
                probability: 0.5
              - id: nay
                probability: 0.4
            conditional:
              - when: "month >= 3"
                probabilities: {aye: 0.7, nay: 0.2}
        strategies:""");
    assertThat(TestScenarios.lines(yaml)).containsExactly(
        "test.yaml:34:7: error: outcome probabilities of 'vote' sum to 0.9, not 1 [probabilities-sum]",
        "test.yaml:40:24: error: conditional probabilities of 'vote' sum to 0.9, not 1 [probabilities-sum]");
  }

  @Test
  void reportsTheProbabilitySumEvenWhenAnotherPartOfTheFileHasAnError() {
    String yaml = mini("strategies:", """
        events:
          - id: vote
            kind: scheduled
            name: Vote
            date: 2020-06
            outcomes:
              - id: aye
                probability: 0.5
        strategies:""").replace("capability: 1", "capability: lots");
    assertThat(TestScenarios.lines(yaml)).containsExactly(
        "test.yaml:15:17: error: expected a number for 'capability' but found 'lots' [wrong-type]",
        "test.yaml:34:7: error: outcome probabilities of 'vote' sum to 0.5, not 1 [probabilities-sum]");
  }

  @Test
  void reportsEffectsOnAScheduledEventInsteadOfIgnoringThem() {
    String yaml = mini("strategies:", """
        events:
          - id: vote
            kind: scheduled
            name: Vote
            date: 2020-06
            effects: {tension: 0.1}
            outcomes:
              - id: aye
                probability: 1
        strategies:""");
    assertThat(TestScenarios.lines(yaml)).containsExactly("test.yaml:33:14: error: a scheduled event has no 'effects'"
        + " of its own: give each outcome its 'effects' [unknown-key]");
  }

  @Test
  void reportsFieldsOfTheOtherKindOfEvent() {
    String yaml = mini("strategies:", """
        events:
          - id: test
            kind: stochastic
            name: Test
            date: 2020-06
            hazard: {base: 0.1}
        strategies:""");
    assertThat(TestScenarios.lines(yaml)).containsExactly("test.yaml:32:11: error: a stochastic event has no 'date'"
        + " (that belongs to scheduled events) [unknown-key]");
  }

  @Test
  void reportsAFormatVersionThisBuildDoesNotRead() {
    assertThat(TestScenarios.lines(mini("tandem: 1", "tandem: 2"))).containsExactly(
        "test.yaml:1:9: error: format version 2 is not supported: this tandem reads version 1 [unsupported-version]");
    assertThat(TestScenarios.lines(mini("tandem: 1", "tandem: 0"))).containsExactly(
        "test.yaml:1:9: error: format version 0 is not supported: this tandem reads version 1 [unsupported-version]");
  }

  @Test
  void doesNotCountTheFormatVersionAsAnAssumption() {
    Scenario s = TestScenarios.check(MINI).scenario();
    assertThat(s.assumptions()).extracting(Assumption::path).doesNotContain("tandem")
        .contains("issues.trade.status-quo", "actors.a.capability", "steps.open.moves");
  }

  @Test
  void reportsEveryErrorOfAFileInOneRun() {
    String yaml = mini("title: Minimal", "title: Minimal\ncolour: red")
        .replace("capability: 1", "capability: lots")
        .replace("salience: 0.5", "salience: 1.5")
        .replace("- id: open\n", "- id: Open_Door\n")
        .replace("\"implemented(open)\"", "\"implemented(open) and and true\"");
    List<Diagnostic> diagnostics = TestScenarios.check(yaml).diagnostics();
    assertThat(diagnostics).extracting(Diagnostic::code)
        .containsExactly("unknown-key", "wrong-type", "out-of-range", "bad-id", "bad-expression");
    assertThat(diagnostics).extracting(d -> d.location().line()).containsExactly(4, 16, 18, 23, 35);
  }

  @Test
  void listsAtMostAHundredErrorsAndSaysWhereTheRestBegin() {
    StringBuilder yaml = new StringBuilder(MINI);
    for (int i = 1; i <= 150; i++) {
      yaml.append("extra-").append(i).append(": x\n");
    }
    List<Diagnostic> diagnostics = TestScenarios.check(yaml.toString()).diagnostics();
    assertThat(diagnostics).hasSize(Problems.CAP + 1);
    assertThat(diagnostics.get(Problems.CAP).toString()).isEqualTo(
        "test.yaml:135:1: error: 50 more errors not shown (at most 100 are listed) [too-many-errors]");
  }

  @Test
  void readsASourcedNumberAndLetsNestedNumbersInheritTheSource() {
    String yaml = mini("note: \"test fixture\"\n", "")
        .replace("capability: 1", "capability: {value: 3, source: wit-2012, note: \"the pace setter\"}")
        .replace("    issue: trade\n    moves: 5\n", "    issue: trade\n    moves: 5\n    source: plan-b\n");
    Scenario s = TestScenarios.check(yaml).scenario();
    assertThat(s.actor("a").orElseThrow().capability()).isEqualTo(3);
    assertThat(s.assumptions()).filteredOn(a -> a.path().equals("actors.a.capability")).singleElement()
        .satisfies(a -> {
          assertThat(a.source()).isEqualTo("wit-2012");
          assertThat(a.note()).isEqualTo("the pace setter");
        });
    assertThat(s.assumptions()).filteredOn(a -> a.path().equals("steps.open.moves")).singleElement()
        .satisfies(a -> assertThat(a.source()).isEqualTo("plan-b"));
  }

  @Test
  void reportsAKeyThatASourcedNumberDoesNotHave() {
    assertThat(TestScenarios.lines(mini("capability: 1", "capability: {value: 1, sorce: x}"))).containsExactly(
        "test.yaml:15:28: error: unknown key 'sorce' in actors.a.capability - did you mean 'source'? [unknown-key]");
  }

  @Test
  void readsEveryDistribution() {
    String yaml = mini("    moves: 5\n", """
            moves: 5
            duration: {distribution: lognormal, median: 3, sigma: 0.5}
            verification:
              by: [a]
              duration: {distribution: uniform, min: 1, max: 2}
              violation: 0
        """);
    Step step = TestScenarios.check(yaml).scenario().step("open").orElseThrow();
    assertThat(step.duration()).isEqualTo(new Distribution.LogNormal(3, 0.5));
    assertThat(step.verification().duration()).isEqualTo(new Distribution.Uniform(1, 2));
  }

  @Test
  void reportsAnUnknownDistributionWithTheNameItResembles() {
    assertThat(TestScenarios.lines(mini("    moves: 5\n", "    moves: 5\n    duration: {distribution: trianglar, min: 1}\n")))
        .containsExactly("test.yaml:28:30: error: unknown distribution 'trianglar': expected fixed, uniform,"
            + " triangular or lognormal - did you mean 'triangular'? [unknown-id]");
  }

  @Test
  void reportsATriangularDistributionWhoseModeIsOutsideItsBounds() {
    assertThat(TestScenarios.lines(mini("    moves: 5\n",
        "    moves: 5\n    duration: {distribution: triangular, min: 1, mode: 9, max: 4}\n")))
        .containsExactly("test.yaml:28:56: error: triangular needs min <= mode <= max but has 1, 9, 4 [out-of-range]");
  }

  @Test
  void reportsAFieldThatTheDistributionKindDoesNotUse() {
    assertThat(TestScenarios.lines(mini("    moves: 5\n",
        "    moves: 5\n    duration: {distribution: uniform, min: 1, max: 2, mode: 1}\n")))
        .containsExactly("test.yaml:28:55: error: a uniform distribution has no 'mode': it takes min, max [unknown-key]");
  }
}
