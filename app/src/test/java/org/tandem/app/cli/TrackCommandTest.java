package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackCommandTest {
  /** "Today" for every command here, so that no test depends on the day it runs. */
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  String db;

  @BeforeEach
  void init() {
    db = dir.resolve("t").toString();
    CliRunner r = CliRunner.runAt(TODAY, "track", "init", "--db", db, "--by", "tester");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("tracking roadmap korea-2012 (sha256 ");
  }

  CliRunner track(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "track";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--db";
    all[args.length + 2] = db;
    return CliRunner.runAt(TODAY, all);
  }

  static JsonNode json(CliRunner r) throws Exception {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return Json.MAPPER.readTree(r.out());
  }

  @Test
  void recordsAndShowsHistoryWithCorrections() throws Exception {
    CliRunner first = track("record", "us-signalling", "agreed", "--date", "2018-06-21", "--source", "Singapore",
        "--by", "tester");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo("recorded #1: us-signalling agreed on 2018-06-21\n");
    assertThat(track("record", "us-signalling", "agreed", "--date", "2018-06-12", "--source", "Singapore",
        "--corrects", "1", "--note", "wrong day").exitCode()).isZero();
    String history = track("history", "us-signalling").out();
    assertThat(history).contains("#1  2018-06-21").contains("corrected by #2").contains("corrects #1; wrong day");
    JsonNode entries = json(track("history", "--format", "json"));
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).get("correctedBy").asLong()).isEqualTo(2);
  }

  @Test
  void impossibleTransitionsAndUnknownStepsExitTwoNamingTheField() {
    CliRunner verified = track("record", "us-signalling", "verified", "--date", "2018-06-12", "--source", "s");
    assertThat(verified.exitCode()).isEqualTo(2);
    assertThat(verified.err()).startsWith("command line: error: field 'status': step 'us-signalling' cannot become "
        + "'verified'");
    CliRunner unknown = track("record", "us-signaling", "agreed", "--date", "2018-06-12", "--source", "s");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("field 'step'").contains("did you mean 'us-signalling'?");
    CliRunner future = track("record", "us-signalling", "agreed", "--date", "2026-01-02", "--source", "s");
    assertThat(future.err()).contains("field 'date': 2026-01-02 is after today (2026-01-01)");
  }

  @Test
  void aCorrectionOfAnotherStepsEntryExitsTwoAndTheStepCanStillGoOn() {
    track("record", "security-assurances", "agreed", "--date", "2018-06-12", "--source", "s");
    track("record", "security-assurances", "implementing", "--date", "2018-07-01", "--source", "s");
    CliRunner moved = track("record", "peace-forum", "proposed", "--date", "2018-06-12", "--source", "s",
        "--corrects", "1");
    assertThat(moved.exitCode()).isEqualTo(2);
    assertThat(moved.err()).startsWith("command line: error: field 'corrects': entry 1 records step "
        + "'security-assurances', not 'peace-forum'");
    CliRunner next = track("record", "security-assurances", "implemented", "--date", "2018-08-01", "--source", "s");
    assertThat(next.exitCode()).as(next.err()).isZero();
  }

  @Test
  void theFirstOfTwoSameDayEntriesCanBeCorrectedOnItsOwn() {
    track("record", "us-signalling", "agreed", "--date", "2018-06-12", "--source", "wrong citation");
    track("record", "us-signalling", "implementing", "--date", "2018-06-12", "--source", "s");
    CliRunner fixed = track("record", "us-signalling", "agreed", "--date", "2018-06-12", "--source",
        "right citation", "--corrects", "1");
    assertThat(fixed.exitCode()).as(fixed.err()).isZero();
    assertThat(fixed.out()).isEqualTo("recorded #3: us-signalling agreed on 2018-06-12\n");
  }

  @Test
  void historyOfAnUnknownStepExitsTwoWithASuggestion() {
    CliRunner unknown = track("history", "us-signaling");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).isEqualTo("command line: error: field 'step': roadmap 'korea-2012' has no step "
        + "'us-signaling' - did you mean 'us-signalling'? [unknown-step]\n");
    assertThat(track("history", "no-such-step").exitCode()).isEqualTo(2);
  }

  @Test
  void todayComesFromTheInjectedClock() {
    Clock earlier = Clock.fixed(Instant.parse("2018-06-11T23:00:00Z"), ZoneOffset.UTC);
    CliRunner before = CliRunner.runAt(earlier, "track", "record", "us-signalling", "agreed", "--date", "2018-06-12",
        "--source", "s", "--db", db);
    assertThat(before.exitCode()).isEqualTo(2);
    assertThat(before.err()).contains("2018-06-12 is after today (2018-06-11)");
    assertThat(track("record", "us-signalling", "agreed", "--date", "2018-06-12", "--source", "s").exitCode())
        .isZero();
    assertThat(track("history", "--format", "json").out()).contains("\"recordedAt\":\"2026-01-01T12:00:00Z\"");
  }

  @Test
  void importIsAllOrNothingAndIdempotent() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "step,status,date,source\nus-signalling,agreed,2018-06-12,s\n"
        + "us-signalling,verified,2018-06-13,s\nnope,agreed,2018-06-12,s\ndprk-goodwill,agreed,2010-01-01,s\n"
        + "dprk-goodwill,agreed\n");
    CliRunner rejected = track("import", bad.toString());
    assertThat(rejected.exitCode()).isEqualTo(2);
    // Line 3's transition is not checked while line 6, whose step is unknown, cannot be read.
    assertThat(rejected.err().lines()).containsExactly(
        bad + ":4: error: field 'step': roadmap 'korea-2012' has no step 'nope' [unknown-step]",
        bad + ":5: error: field 'date': 2010-01-01 is before roadmap 'korea-2012' starts (2012-10-01) "
            + "[date-before-start]",
        bad + ":6: error: expected 4 fields as in the header, found 2 [wrong-field-count]");
    assertThat(json(track("history", "--format", "json"))).isEmpty();

    Path good = dir.resolve("good.csv");
    Files.writeString(good, "step,status,date,source\nus-signalling,agreed,2018-06-12,s\n"
        + "us-signalling,implementing,2018-06-13,s\n");
    assertThat(track("import", good.toString()).out()).isEqualTo(
        "imported 2 status changes and 0 observations (0 already recorded)\n");
    assertThat(track("import", good.toString()).out()).isEqualTo(
        "imported 0 status changes and 0 observations (2 already recorded)\n");
  }

  @Test
  void anImportReportsImpossibleTransitionsWithTheFieldProblemsOfOtherSteps() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "step,status,date,source\nus-signalling,agreed,2018-06-12,s\n"
        + "us-signalling,verified,2018-06-13,s\nnope,agreed,2018-06-12,s\ndprk-goodwill,agreed,2010-01-01,s\n"
        + "dprk-goodwill,implementing,2018-06-20,s\n");
    CliRunner rejected = track("import", bad.toString());
    assertThat(rejected.exitCode()).isEqualTo(2);
    // Line 6 is not judged: its step's agreement (line 5) has a bad date.
    assertThat(rejected.err().lines()).containsExactly(
        bad + ":3: error: field 'status': step 'us-signalling' cannot become 'verified' on 2018-06-13 (it had "
            + "'agreed' since 2018-06-12; allowed next: implementing, implemented, suspended, reversed, withdrawn) "
            + "[impossible-transition]",
        bad + ":4: error: field 'step': roadmap 'korea-2012' has no step 'nope' [unknown-step]",
        bad + ":5: error: field 'date': 2010-01-01 is before roadmap 'korea-2012' starts (2012-10-01) "
            + "[date-before-start]");
    assertThat(json(track("history", "--format", "json"))).isEmpty();
  }

  @Test
  void aJsonImportWithAnUnknownKeyIsRefusedNotImportedAsEmpty() throws Exception {
    Path typo = dir.resolve("typo.json");
    Files.writeString(typo, "{\"histroy\": [{\"step\": \"us-signalling\", \"status\": \"agreed\", "
        + "\"date\": \"2018-06-12\", \"source\": \"s\"}]}\n");
    CliRunner run = track("import", typo.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(typo + ":1:2: error: unknown key 'histroy' (expected history, observations, "
        + "scores or roadmap) - did you mean 'history'? [unknown-key]\n");
    assertThat(json(track("history", "--format", "json"))).isEmpty();
  }

  @Test
  void importingADirectoryIsAOneLineUserError() {
    CliRunner run = track("import", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(dir + ": error: expected a CSV or JSON file, found a directory [not-a-file]\n");
  }

  @Test
  void aMissingImportFileIsRefusedBeforeTheDatabaseIsCreated() {
    Path fresh = dir.resolve("fresh");
    CliRunner run = CliRunner.runAt(TODAY, "track", "import", dir.resolve("none.csv").toString(), "--db",
        fresh.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file");
    assertThat(dir.resolve("fresh.mv.db")).doesNotExist();
  }

  @Test
  void compareRefusesAReportPathItCannotWriteWithoutAStackTrace() throws Exception {
    CliRunner directory = track("compare", "--runs", "10", "--at", "2019-12-31", "--report", dir.toString());
    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(directory.err()).isEqualTo(dir + ": error: --report names a directory; name the HTML file to write, "
        + "e.g. " + dir.resolve("track-compare.html") + " [not-a-file]\n");
    Path file = Files.writeString(dir.resolve("plain"), "x");
    Path under = file.resolve("compare.html");
    CliRunner blocked = track("compare", "--runs", "10", "--at", "2019-12-31", "--report", under.toString());
    assertThat(blocked.exitCode()).isEqualTo(2);
    assertThat(blocked.err()).startsWith(under + ": error: cannot write the report: ").endsWith("[unwritable-file]\n")
        .hasLineCount(1);
  }

  @Test
  void exportedHistoryImportsBackAsNothingNew() throws Exception {
    track("record", "us-signalling", "agreed", "--date", "2018-06-12", "--source", "a, \"quoted\" source");
    track("observe", "warheads", "2019-01-01", "20:30", "--method", "assembled-estimate", "--source", "FAS");
    Path csv = dir.resolve("export.csv");
    Files.writeString(csv, track("export").out());
    Path jsonFile = dir.resolve("export.json");
    Files.writeString(jsonFile, track("export", "--format", "json").out());
    assertThat(track("import", csv.toString()).out()).contains("(1 already recorded)");
    assertThat(track("import", jsonFile.toString()).out()).contains("imported 0 status changes and 0 observations "
        + "(2 already recorded)");
  }

  @Test
  void exportedCorrectionsImportBackAsAlreadyRecorded() throws Exception {
    track("record", "us-signalling", "agreed", "--date", "2018-06-21", "--source", "Singapore");
    track("record", "us-signalling", "agreed", "--date", "2018-06-12", "--source", "Singapore", "--corrects", "1",
        "--note", "wrong day");
    track("set-score", "us-signalling", "2018", "2", "--justification", "remains");
    track("set-score", "us-signalling", "2018", "1", "--justification", "fewer remains", "--corrects", "1");
    Path csv = dir.resolve("export.csv");
    Files.writeString(csv, track("export").out());
    Path jsonFile = dir.resolve("export.json");
    Files.writeString(jsonFile, track("export", "--format", "json").out());
    CliRunner fromCsv = track("import", csv.toString());
    assertThat(fromCsv.exitCode()).as(fromCsv.err()).isZero();
    assertThat(fromCsv.out()).isEqualTo("imported 0 status changes and 0 observations (2 already recorded)\n");
    CliRunner fromJson = track("import", jsonFile.toString());
    assertThat(fromJson.exitCode()).as(fromJson.err()).isZero();
    assertThat(fromJson.out()).isEqualTo(
        "imported 0 status changes, 0 explicit scores and 0 observations (4 already recorded)\n");
    assertThat(json(track("history", "--format", "json"))).hasSize(2);
  }

  @Test
  void explicitScoresImportFromCsvOnceAndComeBackThroughExport() throws Exception {
    Path scores = dir.resolve("scores.csv");
    Files.writeString(scores, "step,year,score,justification\nus-signalling,2018,1,\"a letter, no more\"\n");
    assertThat(track("import", scores.toString()).out()).isEqualTo(
        "imported 0 status changes, 1 explicit scores and 0 observations (0 already recorded)\n");
    assertThat(track("import", scores.toString()).out()).contains("(1 already recorded)");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "step,year,score,justification\nus-signalling,2018,three,x\n");
    CliRunner rejected = track("import", bad.toString());
    assertThat(rejected.exitCode()).isEqualTo(2);
    assertThat(rejected.err()).startsWith(bad + ":2: error: field 'score'");
    Path exported = dir.resolve("export.json");
    Files.writeString(exported, track("export", "--format", "json").out());
    JsonNode score = Json.MAPPER.readTree(exported.toFile()).at("/scores/0");
    assertThat(score.get("year").asInt()).isEqualTo(2018);
    assertThat(score.get("justification").asText()).isEqualTo("a letter, no more");
    assertThat(json(track("import", exported.toString(), "--format", "json")).get("alreadyRecorded").asInt())
        .isEqualTo(1);
  }

  @Test
  void scoresStrictAndLenientRatesOverTime() throws Exception {
    track("record", "us-signalling", "agreed", "--date", "2018-06-12", "--source", "s");
    track("record", "us-signalling", "implemented", "--date", "2018-08-01", "--source", "s");
    JsonNode score = json(track("score", "--at", "2019-12-31", "--format", "json"));
    JsonNode overall = score.get("at").get("overall");
    int steps = overall.get("provisions").asInt();
    int points = overall.get("points").asInt();
    assertThat(overall.get("started").asInt()).isEqualTo(1);
    assertThat(overall.get("strict").asDouble()).isEqualTo(points * 100.0 / (3 * steps));
    assertThat(overall.get("lenient").asDouble()).isEqualTo(points * 100.0 / 3);
    assertThat(score.get("overTime")).hasSize(8);
    assertThat(score.get("overTime").get(0).get("overall").get("lenient").isNull()).isTrue();
    assertThat(track("score", "--at", "2019-12-31").out()).contains("strict").contains("Over time (overall):");
    CliRunner set = track("set-score", "us-signalling", "2019", "2", "--justification", "partly rolled back");
    assertThat(set.exitCode()).as(set.err()).isZero();
    assertThat(json(track("score", "--at", "2019-12-31", "--format", "json")).get("at").get("overall")
        .get("points").asInt()).isEqualTo(points - 1);
  }

  @Test
  void observationsKeepRangesAndRejectBadValues() throws Exception {
    assertThat(track("observe", "warheads", "2021-01-01", "40:50", "--method", "fissile-material-capacity",
        "--source", "SIPRI Yearbook 2021").out()).startsWith("recorded observation #1");
    JsonNode list = json(track("observations", "warheads", "--format", "json"));
    assertThat(list.get(0).get("low").asDouble()).isEqualTo(40);
    assertThat(list.get(0).get("high").asDouble()).isEqualTo(50);
    CliRunner bad = track("observe", "warheads", "2021-01-01", "fifty", "--method", "m", "--source", "s");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("field 'value'");
  }

  @Test
  void correctingAnObservationTwiceIsAUserError() {
    track("observe", "warheads", "2021-01-01", "40:50", "--method", "m", "--source", "SIPRI");
    CliRunner first = track("observe", "warheads", "2021-01-01", "45", "--method", "m", "--source", "SIPRI",
        "--corrects", "1");
    assertThat(first.exitCode()).as(first.err()).isZero();
    CliRunner second = track("observe", "warheads", "2021-01-01", "42", "--method", "m", "--source", "SIPRI",
        "--corrects", "1");
    assertThat(second.exitCode()).isEqualTo(2);
    assertThat(second.err()).isEqualTo("command line: error: field 'corrects': observation 1 has already been "
        + "corrected (by observation 2); correct the newest observation of its chain instead [already-corrected]\n");
  }

  @Test
  void compareGivesEachMilestoneItsSimulatedProbabilityAndBrierScorePerYear() throws Exception {
    JsonNode result = json(track("compare", "--at", "2019-12-31", "--runs", "200", "--format", "json"));
    // korea-2012 starts in 2012 and has five milestones, all judged from step statuses: 8 year-ends each.
    assertThat(result.at("/milestones/rows")).hasSize(5 * 8);
    assertThat(result.at("/milestones/skipped")).isEmpty();
    for (JsonNode row : result.at("/milestones/rows")) {
      assertThat(row.get("happened").asBoolean()).isFalse();
      double p = row.get("simulated").asDouble();
      assertThat(row.get("brier").asDouble()).isEqualTo(p * p);
    }
    assertThat(result.get("strategy").asText()).isEqualTo("comprehensive");
  }

  @Test
  void compareScoresTheRealRecordAndFollowsThePublishedSchema() throws Exception {
    assertThat(track("import", RepoFiles.path("data/korea-2012/record-2012-2019.csv").toString()).exitCode()).isZero();
    assertThat(track("import", RepoFiles.path("data/korea-2012/observations-2012-2019.csv").toString()).exitCode())
        .isZero();
    CliRunner run = track("compare", "--at", "2019-12-31", "--runs", "200", "--format", "json", "--match",
        "nuclear-tests=nuclear-test");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Schema schema;
    try (InputStream in = Files.newInputStream(RepoFiles.path("docs/track-compare-output.schema.json"))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    assertThat(schema.validate(run.out(), InputFormat.JSON)).isEmpty();
    JsonNode root = Json.MAPPER.readTree(run.out());
    com.fasterxml.jackson.databind.node.ObjectNode unknownKey = root.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) unknownKey.at("/steps/outcomes/0")).put("brier", 0.1);
    assertThat(schema.validate(Json.write(unknownKey), InputFormat.JSON)).as("an unknown key in an outcome").isNotEmpty();
    int steps = root.at("/steps/brierByStep").size();
    assertThat(root.at("/steps/rows")).hasSize(steps * 3 * 8);
    assertThat(root.at("/steps/outcomes")).hasSize(steps * 3);
    JsonNode assurances = null;
    for (JsonNode o : root.at("/steps/outcomes")) {
      if (o.get("id").asText().equals("security-assurances") && o.get("stage").asText().equals("agreed")) {
        assurances = o;
      }
    }
    // Agreed in the Singapore statement: the probability of what happened is the simulated share by 2019.
    assertThat(assurances.get("on").asText()).isEqualTo("2018-06-12");
    assertThat(assurances.get("probabilityOfOutcome").asDouble()).isEqualTo(assurances.get("simulatedAt").asDouble());
    // Five FAS estimates of warheads, 2015-2019; launches are not matched, so not compared.
    assertThat(root.at("/observations/rows")).hasSize(5);
    assertThat(root.at("/observations/rows/0/month").asText()).isEqualTo("2014-12");
    assertThat(root.at("/observations/bySeries/0/observations").asInt()).isEqualTo(5);
    assertThat(root.at("/observations/skipped").has("missile-launches")).isTrue();
    // Nuclear tests per year, 2012-2019, against the yearly count of 'nuclear-test'; 2012 is
    // simulated from October only.
    JsonNode counts = root.at("/observations/counts");
    assertThat(counts.at("/rows")).hasSize(8);
    assertThat(counts.at("/rows/0/year").asInt()).isEqualTo(2012);
    assertThat(counts.at("/rows/0/months").asInt()).isEqualTo(3);
    assertThat(counts.at("/rows/4/year").asInt()).isEqualTo(2016);
    assertThat(counts.at("/rows/4/count").asInt()).isEqualTo(2);
    assertThat(counts.at("/rows/4/months").asInt()).isEqualTo(12);
    assertThat(counts.at("/bySeries/0/event").asText()).isEqualTo("nuclear-test");
    assertThat(counts.at("/bySeries/0/observations").asInt()).isEqualTo(8);
    assertThat(root.at("/observations/skipped").has("nuclear-tests")).isFalse();
    ((ObjectNode) root).remove("steps");
    assertThat(schema.validate(Json.write(root), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void compareWritesTextAndAReportWithTrackingCharts() throws Exception {
    track("record", "us-signalling", "agreed", "--date", "2018-06-12", "--source", "s");
    track("observe", "warheads", "2016-01-01", "8:12", "--method", "estimate", "--source", "s");
    track("observe", "dprk-bombs", "2017-01-01", "15", "--method", "estimate", "--source", "s");
    track("observe", "tests", "2016-12-31", "2", "--method", "count", "--source", "s");
    Path report = dir.resolve("out").resolve("compare.html");
    CliRunner run = track("compare", "--at", "2019-12-31", "--runs", "200", "--match", "dprk-bombs=warheads",
        "--match", "tests=nuclear-test", "--report", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Yearly counts in the simulated distribution").contains("tests   count   2016");
    assertThat(run.out()).contains("Milestones: simulated probability").contains("us-signalling")
        .contains("2018-06-12").contains("Brier, steps overall").contains("Observations in the simulated distribution")
        .contains("dprk-bombs  estimate  warheads").contains("report: " + report);
    String html = Files.readString(report);
    assertThat(html).contains("Reality against the simulation").contains("data-chart=\"tracking-milestones\"")
        .contains("data-chart=\"tracking-step-us-signalling\"").contains("data-kind=\"observed-fan\"")
        .contains("data-kind=\"observed-counts\"");
  }

  @Test
  void helpPrintsPercentSignsWithoutAPicocliWarning() {
    // picocli reports a description it cannot format on System.err, outside the command's writers.
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    CliRunner track;
    CliRunner compare;
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      track = CliRunner.runAt(TODAY, "track", "--help");
      compare = CliRunner.runAt(TODAY, "track", "compare", "--help");
    } finally {
      System.setErr(stderr);
    }
    assertThat(track.exitCode()).isZero();
    assertThat(compare.exitCode()).isZero();
    assertThat(compare.out()).contains("50%/90% coverage").doesNotContain("%%");
    assertThat(track.err() + compare.err() + captured.toString(java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("WARN");
  }

  @Test
  void compareRejectsBadMatchesAndDatesWithoutStackTraces() {
    CliRunner unknown = track("compare", "--runs", "10", "--match", "bombs=warhead");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("--match: error: the simulation has no series or stochastic event "
        + "'warhead' (series: threat, alliance, us-space, dprk-space, tension, momentum, warheads, material; "
        + "stochastic events, compared as yearly counts: missile-test,").contains("nuclear-test")
        .endsWith(") - did you mean 'warheads'? [unknown-series]\n");
    CliRunner malformed = track("compare", "--runs", "10", "--match", "bombs");
    assertThat(malformed.err()).contains("expected OBSERVED=SIMULATED, found 'bombs'");
    CliRunner early = track("compare", "--runs", "10", "--at", "2011-01-01");
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("2011-01-01 is before roadmap 'korea-2012' starts");
  }
}
