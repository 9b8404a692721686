package org.tandem.store.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.store.Database;
import org.tandem.store.TestDatabases;
import org.tandem.store.Vendor;

@ParameterizedClass
@EnumSource(Vendor.class)
class TrackerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-15T10:00:00.123456789Z"), ZoneOffset.UTC);

  @Parameter Vendor vendor;
  @TempDir Path tempDir;
  Database db;
  Tracker tracker;

  @BeforeEach
  void open() {
    db = Database.open(TestDatabases.fresh(vendor, tempDir));
    tracker = new Tracker(db, CLOCK, "tester");
    tracker.init(Scenarios.load("korea-2012"));
  }

  @AfterEach
  void close() {
    db.close();
  }

  static StatusInput in(int row, String step, String status, String date) {
    return new StatusInput(new Location("in.csv", row, 0), step, status, date, "https://example.org/" + row, null, null,
        null);
  }

  static List<String> errors(Runnable r) {
    try {
      r.run();
    } catch (UserException e) {
      return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }
    throw new AssertionError("expected a user error");
  }

  @Test
  void initKeepsTheScenarioTextAndItsHashAndIsIdempotent() {
    Roadmap first = tracker.roadmap(null);
    Roadmap again = tracker.init(Scenarios.load("korea-2012"));
    assertThat(again).isEqualTo(first);
    assertThat(first.text()).isEqualTo(Scenarios.load("korea-2012").text());
    assertThat(first.startsOn()).isEqualTo(LocalDate.of(2012, 10, 1));
    assertThat(first.recordedAt()).isEqualTo(Instant.parse("2020-01-15T10:00:00.123456Z"));
    assertThat(tracker.roadmaps()).hasSize(1);
  }

  @Test
  void recordsAStatusWithItsEvidenceRecorderAndTime() {
    RecordOutcome outcome = tracker.record(null, List.of(new StatusInput(Location.of("cli"), "us-signalling", "agreed",
        "2018-06-12", "Singapore Joint Statement", "new US-DPRK relations", "summit", null)));
    List<StatusEntry> history = tracker.history(null, "us-signalling");
    assertThat(outcome.added()).hasSize(1);
    assertThat(history).singleElement().satisfies(e -> {
      assertThat(e.status()).isEqualTo(Status.AGREED);
      assertThat(e.date()).isEqualTo(LocalDate.of(2018, 6, 12));
      assertThat(e.quote()).isEqualTo("new US-DPRK relations");
      assertThat(e.recordedBy()).isEqualTo("tester");
      assertThat(e.recordedAt()).isEqualTo(Instant.parse("2020-01-15T10:00:00.123456Z"));
    });
  }

  @Test
  void rejectsUnknownStepsStatusesAndBadDatesNamingRowAndField() {
    List<String> errors = errors(() -> tracker.record(null, List.of(
        in(2, "no-such-step", "agreed", "2015-01-01"),
        in(3, "us-signalling", "agred", "2015-01-01"),
        in(4, "us-signalling", "agreed", "2012-09-30"),
        in(5, "us-signalling", "agreed", "2020-01-16"),
        in(6, "us-signalling", "agreed", "15/01/2015"))));
    assertThat(errors).containsExactly(
        "in.csv:2: error: field 'step': roadmap 'korea-2012' has no step 'no-such-step' [unknown-step]",
        "in.csv:3: error: field 'status': 'agred' is not a status (expected one of proposed, agreed, implementing, "
            + "implemented, verified, suspended, reversed, withdrawn) - did you mean 'agreed'? [unknown-status]",
        "in.csv:4: error: field 'date': 2012-09-30 is before roadmap 'korea-2012' starts (2012-10-01) "
            + "[date-before-start]",
        "in.csv:5: error: field 'date': 2020-01-16 is after today (2020-01-15) [date-in-future]",
        "in.csv:6: error: field 'date': expected an ISO date YYYY-MM-DD, found '15/01/2015' [bad-date]");
    assertThat(tracker.history(null, null)).isEmpty();
  }

  @Test
  void theHistoryOfAStepTheRoadmapDoesNotHaveIsAUserErrorNotEmpty() {
    tracker.record(null, List.of(in(2, "us-signalling", "agreed", "2018-06-12")));
    assertThat(tracker.history(null, "us-signalling")).hasSize(1);
    assertThat(tracker.history(null, "dprk-goodwill")).isEmpty();
    assertThat(errors(() -> tracker.history(null, "us-signaling", Location.of("command line")))).containsExactly(
        "command line: error: field 'step': roadmap 'korea-2012' has no step 'us-signaling' - did you mean "
            + "'us-signalling'? [unknown-step]");
  }

  @Test
  void rejectsVerifiedBeforeAgreedAndWritesNothingOfTheBatch() {
    List<String> errors = errors(() -> tracker.record(null, List.of(
        in(2, "liaison-offices", "proposed", "2018-06-12"),
        in(3, "us-signalling", "verified", "2018-06-12"))));
    assertThat(errors).singleElement().asString().startsWith("in.csv:3: error: field 'status': step 'us-signalling' "
        + "cannot become 'verified' on 2018-06-12 (it had no status yet; allowed next: proposed, agreed)");
    assertThat(tracker.history(null, null)).isEmpty();
  }

  @Test
  void checksTransitionsInDateOrderAcrossStoredAndNewEntries() {
    tracker.record(null, List.of(in(2, "us-signalling", "agreed", "2018-06-12")));
    // Implemented in July is fine after agreement in June, even when recorded later...
    tracker.record(null, List.of(in(2, "us-signalling", "implemented", "2018-07-01")));
    // ...but a proposal dated before the agreement would have to come first, and then agreement
    // after "implemented" is impossible.
    List<String> errors = errors(() -> tracker.record(null, List.of(in(7, "us-signalling", "verified", "2018-06-01"))));
    assertThat(errors).singleElement().asString().contains("in.csv:7:").contains("cannot become 'verified'");
  }

  @Test
  void fieldProblemsAndImpossibleTransitionsOfOtherStepsAreReportedTogether() {
    List<String> errors = errors(() -> tracker.record(null, List.of(
        in(2, "liaison-offices", "agred", "2018-06-12"),
        in(3, "us-signalling", "verified", "2018-06-12"))));
    assertThat(errors).containsExactly(
        "in.csv:2: error: field 'status': 'agred' is not a status (expected one of proposed, agreed, implementing, "
            + "implemented, verified, suspended, reversed, withdrawn) - did you mean 'agreed'? [unknown-status]",
        "in.csv:3: error: field 'status': step 'us-signalling' cannot become 'verified' on 2018-06-12 (it had no "
            + "status yet; allowed next: proposed, agreed) [impossible-transition]");
  }

  @Test
  void everyImpossibleTransitionOfAStepIsReportedJudgedWithoutTheBadRowsBeforeIt() {
    List<String> errors = errors(() -> tracker.record(null, List.of(
        in(2, "us-signalling", "implementing", "2018-06-01"),
        in(3, "us-signalling", "agreed", "2018-06-12"),
        in(4, "us-signalling", "verified", "2018-06-20"),
        in(5, "us-signalling", "implemented", "2018-07-01"),
        in(6, "us-signalling", "verified", "2018-07-02"))));
    assertThat(errors).containsExactly(
        "in.csv:2: error: field 'status': step 'us-signalling' cannot become 'implementing' on 2018-06-01 (it had no "
            + "status yet; allowed next: proposed, agreed) [impossible-transition]",
        "in.csv:4: error: field 'status': step 'us-signalling' cannot become 'verified' on 2018-06-20 (it had "
            + "'agreed' since 2018-06-12; allowed next: implementing, implemented, suspended, reversed, withdrawn) "
            + "[impossible-transition]");
    assertThat(tracker.history(null, null)).isEmpty();
  }

  @Test
  void aStepWithARowThatFailedItsOwnChecksHasItsTransitionsCheckedOnlyOnceItIsFixed() {
    // Without row 2 the implementing of row 3 would seem to have no agreement before it.
    List<String> errors = errors(() -> tracker.record(null, List.of(
        new StatusInput(new Location("in.csv", 2, 0), "us-signalling", "agreed", "2018-06-12", " ", null, null, null),
        in(3, "us-signalling", "implementing", "2018-06-20"))));
    assertThat(errors).singleElement().asString().startsWith("in.csv:2: error: field 'source'");
    // Likewise an import with a row it could not read: that row's step is not known.
    var file = ImportFile.read(("step,status,date,source\nus-signalling,agreed\n"
        + "us-signalling,implementing,2018-06-20,s\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "h.csv");
    assertThat(errors(() -> tracker.importContents(null, file))).containsExactly(
        "h.csv:2: error: expected 4 fields as in the header, found 2 [wrong-field-count]");
  }

  @Test
  void aStoredEntryThatANewRowMakesImpossibleIsReportedOnceAtThatRow() {
    tracker.record(null, List.of(in(2, "us-signalling", "agreed", "2018-06-12")));
    long implemented = tracker.record(null, List.of(in(3, "us-signalling", "implemented", "2018-07-01"))).added()
        .get(0);
    tracker.record(null, List.of(in(4, "us-signalling", "verified", "2018-08-01")));
    assertThat(errors(() -> tracker.record(null, List.of(in(7, "us-signalling", "withdrawn", "2018-06-20")))))
        .containsExactly("in.csv:7: error: field 'status': step 'us-signalling' would have 'withdrawn' since "
            + "2018-06-20 before entry #" + implemented + ", which records it 'implemented' on 2018-07-01 (allowed "
            + "next: proposed, agreed) [impossible-transition]");
  }

  @Test
  void aCorrectionSupersedesAnEntryAndBothStayVisible() {
    long wrong = tracker.record(null, List.of(in(2, "us-signalling", "agreed", "2018-06-21"))).added().get(0);
    tracker.record(null, List.of(new StatusInput(Location.of("cli"), "us-signalling", "agreed", "2018-06-12",
        "Singapore Joint Statement", null, "date was wrong", Long.toString(wrong))));
    List<StatusEntry> history = tracker.history(null, "us-signalling");
    assertThat(history).hasSize(2);
    assertThat(history.get(1).supersedes()).isEqualTo(wrong);
    assertThat(Tracker.effective(history)).singleElement().extracting(StatusEntry::date)
        .isEqualTo(LocalDate.of(2018, 6, 12));
    List<String> twice = errors(() -> tracker.record(null, List.of(new StatusInput(Location.of("cli"),
        "us-signalling", "agreed", "2018-06-13", "x", null, null, Long.toString(wrong)))));
    assertThat(twice).singleElement().asString().contains("already been corrected");
  }

  @Test
  void aCorrectionNamingAnEntryOfAnotherStepIsRefusedAndLeavesThatStepIntact() {
    long agreed = tracker.record(null, List.of(in(2, "security-assurances", "agreed", "2018-06-12"))).added().get(0);
    tracker.record(null, List.of(in(3, "security-assurances", "implementing", "2018-07-01")));
    List<String> errors = errors(() -> tracker.record(null, List.of(new StatusInput(new Location("in.csv", 4, 0),
        "peace-forum", "proposed", "2018-06-12", "s", null, null, Long.toString(agreed)))));
    assertThat(errors).containsExactly("in.csv:4: error: field 'corrects': entry " + agreed + " records step "
        + "'security-assurances', not 'peace-forum'; a correction keeps the step of the entry it corrects: record "
        + "'peace-forum' separately (and correct entry " + agreed + " only with what did happen to "
        + "'security-assurances') [correction-changes-step]");
    assertThat(tracker.history(null, null)).hasSize(2);
    // The agreement still counts, so the step can go on.
    assertThat(tracker.record(null, List.of(in(5, "security-assurances", "implemented", "2018-08-01"))).added())
        .hasSize(1);
  }

  @Test
  void aCorrectionOfTheFirstOfTwoSameDayEntriesTakesItsPlace() {
    long agreed = tracker.record(null, List.of(in(2, "us-signalling", "agreed", "2018-06-12"))).added().get(0);
    tracker.record(null, List.of(in(3, "us-signalling", "implementing", "2018-06-12")));
    long fixed = tracker.record(null, List.of(new StatusInput(new Location("in.csv", 4, 0), "us-signalling",
        "agreed", "2018-06-12", "right citation", null, null, Long.toString(agreed)))).added().get(0);
    long again = tracker.record(null, List.of(new StatusInput(new Location("in.csv", 5, 0), "us-signalling",
        "agreed", "2018-06-12", "right citation, page 2", null, null, Long.toString(fixed)))).added().get(0);
    // Scores read the day in the same order: the step ends it implementing.
    assertThat(Tracker.effective(tracker.history(null, "us-signalling"))).extracting(StatusEntry::id,
        StatusEntry::status).containsExactly(org.assertj.core.groups.Tuple.tuple(again, Status.AGREED),
        org.assertj.core.groups.Tuple.tuple(agreed + 1, Status.IMPLEMENTING));
    assertThat(tracker.record(null, List.of(in(6, "us-signalling", "implemented", "2018-06-12"))).added()).hasSize(1);
  }

  @Test
  void recordingTheSameEntryTwiceAddsNothing() {
    tracker.record(null, List.of(in(2, "us-signalling", "agreed", "2018-06-12")));
    RecordOutcome again = tracker.record(null, List.of(in(2, "us-signalling", "agreed", "2018-06-12"),
        in(2, "us-signalling", "agreed", "2018-06-12")));
    assertThat(again.added()).isEmpty();
    assertThat(again.alreadyRecorded()).isEqualTo(2);
    assertThat(tracker.history(null, null)).hasSize(1);
  }

  @Test
  void importingAFileWithCorrectionsAgainReportsEveryRowAsAlreadyRecorded() {
    long wrong = tracker.record(null, List.of(in(2, "us-signalling", "agreed", "2018-06-21"))).added().get(0);
    long score = tracker.setScore(null, new ScoreInput(Location.of("cli"), "us-signalling", "2018", "2", "returned",
        null)).added().get(0);
    var history = ImportFile.read(("step,status,date,source,note,corrects\n"
        + "us-signalling,agreed,2018-06-12,Singapore Joint Statement,date was wrong," + wrong + "\n"
        + "dprk-goodwill,agreed,2018-06-12,Singapore Joint Statement,,\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "h.csv");
    var scores = ImportFile.read(("step,year,score,justification,corrects\nus-signalling,2018,1,rolled back," + score
        + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.csv");
    assertThat(tracker.importContents(null, history).get(0).added()).hasSize(2);
    assertThat(tracker.importContents(null, scores).get(2).added()).hasSize(1);

    RecordOutcome again = tracker.importContents(null, history).get(0);
    assertThat(again.added()).isEmpty();
    assertThat(again.alreadyRecorded()).isEqualTo(2);
    RecordOutcome scoresAgain = tracker.importContents(null, scores).get(2);
    assertThat(scoresAgain.added()).isEmpty();
    assertThat(scoresAgain.alreadyRecorded()).isEqualTo(1);
    assertThat(tracker.history(null, null)).hasSize(3);
    assertThat(tracker.scores(null)).hasSize(2);
    // A different row correcting the same entry is still a second correction, and refused.
    assertThat(errors(() -> tracker.record(null, List.of(new StatusInput(new Location("h.csv", 4, 0),
        "us-signalling", "agreed", "2018-06-13", "x", null, null, Long.toString(wrong))))))
        .singleElement().asString().startsWith("h.csv:4: error: field 'corrects': entry " + wrong
            + " has already been corrected");
  }

  @Test
  void explicitScoresNeedAJustificationAndAValidYearAndScore() {
    List<String> errors = errors(() -> tracker.setScore(null, new ScoreInput(Location.of("cli"), "us-signalling",
        "2011", "4", " ", null)));
    assertThat(errors).hasSize(3);
    tracker.setScore(null, new ScoreInput(Location.of("cli"), "us-signalling", "2018", "2", "remains returned", null));
    assertThat(tracker.scores(null)).singleElement().extracting(ScoreEntry::score).isEqualTo(2);
  }

  @Test
  void importedExplicitScoresAreCheckedTogetherAndImportedOnce() {
    var bad = ImportFile.read(("step,year,score,justification,corrects\nus-signalling,2018,2,returned,\n"
        + "us-signaling,2018,1,typo,\nus-signalling,2031,3,future,\nus-signalling,2018,7,too high,\n"
        + "us-signalling,2018,1,no such entry,99\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.csv");
    assertThat(errors(() -> tracker.importContents(null, bad))).containsExactly(
        "s.csv:3: error: field 'step': roadmap 'korea-2012' has no step 'us-signaling' - did you mean "
            + "'us-signalling'? [unknown-step]",
        "s.csv:4: error: field 'year': expected a year from 2012 (the roadmap's start) to 2020, found '2031' "
            + "[bad-year]",
        "s.csv:5: error: field 'score': expected 0 (not initiated), 1 (minimal), 2 (intermediate) or 3 (full "
            + "implementation), found '7' [bad-score]",
        "s.csv:6: error: field 'corrects': roadmap 'korea-2012' has no score entry 99 [unknown-entry]");
    assertThat(tracker.scores(null)).isEmpty();
    var good = ImportFile.read(("step,year,score,justification\nus-signalling,2018,2,returned\n"
        + "dprk-goodwill,2019,1,remains only\nus-signalling,2018,2,returned\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.csv");
    List<RecordOutcome> first = tracker.importContents(null, good);
    assertThat(first.get(2).added()).hasSize(2);
    assertThat(first.get(2).alreadyRecorded()).isEqualTo(1);
    assertThat(tracker.importContents(null, good).get(2).alreadyRecorded()).isEqualTo(3);
    long id = tracker.scores(null).get(0).id();
    var correction = ImportFile.read(("step,year,score,justification,corrects\nus-signalling,2018,1,rolled back,"
        + id + "\nus-signalling,2018,0,twice," + id + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "c.csv");
    assertThat(errors(() -> tracker.importContents(null, correction))).singleElement().asString()
        .contains("c.csv:3").contains("has already been corrected");
    assertThat(tracker.scores(null)).hasSize(2);
  }

  @Test
  void observationsKeepRangesAndMethodsAndRejectBadValues() {
    tracker.observe(List.of(
        new ObservationInput(Location.of("cli"), "warheads", "2019-06-01", "40:50", "fissile-material-capacity",
            "a range", null, null),
        new ObservationInput(Location.of("cli"), "warheads", "2019-01-01", "25", "assembled-estimate", "FAS", null,
            null)));
    assertThat(tracker.observations("warheads")).extracting(Observation::low, Observation::high, Observation::method)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(25.0, 25.0, "assembled-estimate"),
            org.assertj.core.groups.Tuple.tuple(40.0, 50.0, "fissile-material-capacity"));
    List<String> errors = errors(() -> tracker.observe(List.of(new ObservationInput(new Location("o.csv", 3, 0),
        "warheads", "2019-06-01", "50:40", "m", "s", null, null))));
    assertThat(errors).singleElement().asString().startsWith("o.csv:3: error: field 'value'");
  }

  static ObservationInput observation(int row, String value, String corrects) {
    return new ObservationInput(new Location("o.csv", row, 0), "warheads", "2019-06-01", value, "assembled-estimate",
        "FAS", null, corrects);
  }

  @Test
  void anObservationIsCorrectedOnceAndASecondCorrectionIsAUserError() {
    long first = tracker.observe(List.of(observation(2, "30", null))).added().get(0);
    long correction = tracker.observe(List.of(observation(3, "25", Long.toString(first)))).added().get(0);
    assertThat(errors(() -> tracker.observe(List.of(observation(4, "20", Long.toString(first))))))
        .containsExactly("o.csv:4: error: field 'corrects': observation " + first + " has already been corrected (by "
            + "observation " + correction + "); correct the newest observation of its chain instead [already-corrected]");
    // Two rows of one input correcting the same observation: the second is refused, nothing is written.
    assertThat(errors(() -> tracker.observe(List.of(observation(5, "21", Long.toString(correction)),
        observation(6, "22", Long.toString(correction)))))).singleElement().asString()
        .startsWith("o.csv:6: error: field 'corrects': observation " + correction + " has already been corrected");
    // The stored correction itself, recorded again, is already recorded.
    RecordOutcome again = tracker.observe(List.of(observation(3, "25", Long.toString(first))));
    assertThat(again.added()).isEmpty();
    assertThat(again.alreadyRecorded()).isEqualTo(1);
    assertThat(tracker.observations(null)).hasSize(2);
  }

  @Test
  void twoWritersWithSeparateConnectionsLoseNothing() throws Exception {
    int perWriter = 40;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      int writer = w;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perWriter; i++) {
          tracker.observe(List.of(new ObservationInput(Location.of("w" + writer), "s" + writer,
              LocalDate.of(2015, 1, 1).plusDays(i).toString(), Integer.toString(i), "m", "src", null, null)));
          if (i < 2) {
            tracker.record(null, List.of(in(i + 10 * writer, writer == 0 ? "us-signalling" : "dprk-goodwill",
                i == 0 ? "proposed" : "agreed", "2018-0" + (i + 5) + "-01")));
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    assertThat(tracker.observations(null)).hasSize(2 * perWriter);
    assertThat(tracker.history(null, null)).hasSize(4);
  }
}
