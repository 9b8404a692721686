package org.tandem.store.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.check.Scenarios;
import org.tandem.core.scenario.Scenario;

/**
 * Hand-computed rates on the three-step fixture {@code tiny} (tracks talks: open-talks; deeds:
 * lift-embargo, stop-tests, of which only stop-tests needs verification). The formula is PAM's
 * {@code total_imp / (total_prov * 3) * 100} (Joshi, Quinn and Regan 2015, replication do-file).
 */
class ImplementationScoresTest {
  static final Scenario TINY = tiny();
  final List<StatusEntry> history = new ArrayList<>();
  final List<ScoreEntry> scores = new ArrayList<>();

  static Scenario tiny() {
    try (InputStream in = ImplementationScoresTest.class.getResourceAsStream("/scenarios/tiny.yaml")) {
      return Scenarios.check(in.readAllBytes(), "tiny.yaml").scenario();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  long add(String step, Status status, String date, Long supersedes) {
    long id = history.size() + 1;
    history.add(new StatusEntry(id, "tiny", step, status, LocalDate.parse(date), "src", null, null, supersedes, "me",
        Instant.EPOCH));
    return id;
  }

  ImplementationScores.ScoreCard at(String date) {
    return ImplementationScores.at(TINY, history, scores, LocalDate.parse(date));
  }

  @Test
  void derivedScoresFollowThePamScale() {
    assertThat(ImplementationScores.derived(null, false)).isZero();
    assertThat(ImplementationScores.derived(Status.AGREED, false)).isZero();
    assertThat(ImplementationScores.derived(Status.IMPLEMENTING, false)).isEqualTo(1);
    assertThat(ImplementationScores.derived(Status.SUSPENDED, true)).isEqualTo(1);
    assertThat(ImplementationScores.derived(Status.IMPLEMENTED, true)).isEqualTo(2);
    assertThat(ImplementationScores.derived(Status.IMPLEMENTED, false)).isEqualTo(3);
    assertThat(ImplementationScores.derived(Status.VERIFIED, true)).isEqualTo(3);
    assertThat(ImplementationScores.derived(Status.REVERSED, true)).isZero();
  }

  @Test
  void rateIsSumOverThreeTimesProvisionsTimesHundred() {
    add("open-talks", Status.AGREED, "2020-02-01", null);
    add("open-talks", Status.IMPLEMENTED, "2020-05-01", null);
    add("lift-embargo", Status.AGREED, "2020-06-01", null);
    add("lift-embargo", Status.IMPLEMENTING, "2020-07-01", null);
    add("stop-tests", Status.AGREED, "2020-06-01", null);
    add("stop-tests", Status.IMPLEMENTED, "2021-03-01", null);
    var card = at("2021-06-30");
    // 3 + 1 + 2 = 6 points of 9: 66.67%.
    assertThat(card.overall().points()).isEqualTo(6);
    assertThat(card.overall().strict()).isCloseTo(600.0 / 9, within(1e-9));
    assertThat(card.tracks()).extracting(ImplementationScores.Rate::scope, ImplementationScores.Rate::strict)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("talks", 100.0),
            org.assertj.core.groups.Tuple.tuple("deeds", 50.0));
    var june = at("2020-06-15");
    // Only open-talks is implemented (3 of 9); the deeds are agreed, not implemented: 0 of 6.
    assertThat(june.overall().strict()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(june.tracks().get(1).strict()).isZero();
  }

  @Test
  void lenientDenominatorCountsOnlyStartedSteps() {
    add("open-talks", Status.AGREED, "2020-02-01", null);
    add("open-talks", Status.IMPLEMENTED, "2020-05-01", null);
    add("lift-embargo", Status.PROPOSED, "2020-06-01", null);
    var card = at("2020-12-31");
    assertThat(card.overall().provisions()).isEqualTo(3);
    assertThat(card.overall().started()).isEqualTo(1);
    assertThat(card.overall().strict()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(card.overall().lenient()).isEqualTo(100.0);
    assertThat(at("2020-01-31").overall().lenient()).isNaN();
  }

  @Test
  void aProposalWithdrawnBeforeAgreementHasNotStartedButAWithdrawalAfterAgreementHas() {
    add("open-talks", Status.AGREED, "2020-02-01", null);
    add("open-talks", Status.IMPLEMENTED, "2020-05-01", null);
    add("lift-embargo", Status.PROPOSED, "2020-03-01", null);
    add("lift-embargo", Status.WITHDRAWN, "2020-04-01", null);
    add("stop-tests", Status.AGREED, "2020-03-01", null);
    add("stop-tests", Status.WITHDRAWN, "2020-04-01", null);
    var card = at("2020-12-31");
    assertThat(card.steps()).extracting(ImplementationScores.StepScore::step, ImplementationScores.StepScore::started)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("open-talks", true),
            org.assertj.core.groups.Tuple.tuple("lift-embargo", false),
            org.assertj.core.groups.Tuple.tuple("stop-tests", true));
    // 3 points (open-talks implemented, no verification needed) over the two started steps: 3 / 6.
    assertThat(card.overall().started()).isEqualTo(2);
    assertThat(card.overall().lenient()).isCloseTo(50.0, within(1e-9));
    // The deeds track: only stop-tests started, with 0 points.
    assertThat(card.tracks().get(1).started()).isEqualTo(1);
    assertThat(card.tracks().get(1).lenient()).isZero();
  }

  @Test
  void anExplicitScoreForTheYearWinsAndItsCorrectionWinsOverIt() {
    add("stop-tests", Status.AGREED, "2020-06-01", null);
    scores.add(new ScoreEntry(1, "tiny", "stop-tests", 2020, 2, "facilities partly closed", null, "me", Instant.EPOCH));
    assertThat(at("2020-12-31").steps().get(2).score()).isEqualTo(2);
    assertThat(at("2020-12-31").steps().get(2).explicit()).isTrue();
    assertThat(at("2021-01-01").steps().get(2).score()).isZero();
    scores.add(new ScoreEntry(2, "tiny", "stop-tests", 2020, 1, "only one site closed", 1L, "me", Instant.EPOCH));
    assertThat(at("2020-12-31").steps().get(2).score()).isEqualTo(1);
  }

  @Test
  void supersededEntriesDoNotCount() {
    long wrong = add("open-talks", Status.AGREED, "2020-02-01", null);
    add("open-talks", Status.IMPLEMENTED, "2020-05-01", null);
    add("open-talks", Status.AGREED, "2020-09-01", wrong);
    // The correction moves agreement to September, after "implemented" in May: the last status by
    // date on 2020-12-31 is then "agreed" (score 0).
    assertThat(at("2020-12-31").steps().get(0).score()).isZero();
    assertThat(at("2020-06-30").steps().get(0).score()).isEqualTo(3);
  }

  @Test
  void yearlyCardsEndEachYearAndTheLastEndsOnTheDayAsked() {
    add("open-talks", Status.AGREED, "2020-02-01", null);
    add("open-talks", Status.IMPLEMENTED, "2021-05-01", null);
    var cards = ImplementationScores.yearly(TINY, LocalDate.of(2020, 1, 1), history, scores, LocalDate.of(2021, 3, 1));
    assertThat(cards).extracting(ImplementationScores.ScoreCard::at)
        .containsExactly(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 3, 1));
    assertThat(cards).extracting(c -> c.overall().points()).containsExactly(0, 0);
  }
}
