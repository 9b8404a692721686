package org.tandem.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.core.check.TestScenarios.MINI;
import static org.tandem.core.check.TestScenarios.mini;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.Diagnostic;

/** The checker's findings: references, reserved ids, the precondition analyses and the warnings. */
class ScenarioCheckerTest {

  private static List<String> fixtureLines(String name) {
    return Scenarios.check(TestScenarios.fixture(name), name).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void checksTheTinyFixtureClean() {
    assertThat(fixtureLines("tiny.yaml")).isEmpty();
  }

  @Test
  void reportsAnUnknownIdWhereItIsWrittenWithTheIdItResembles() {
    assertThat(TestScenarios.lines(mini("track: talks", "track: tlaks"))).containsExactly(
        "test.yaml:23:12: error: unknown track 'tlaks' in steps.open.track - did you mean 'talks'? [unknown-id]");
  }

  @Test
  void defaultStrategyMustNameAStrategyAndDefaultsToTheFirst() {
    assertThat(TestScenarios.lines(mini("horizon: 2020-12", "horizon: 2020-12\ndefault-strategy: engag"))).containsExactly(
        "test.yaml:7:19: error: unknown strategy 'engag' in default-strategy - did you mean 'engage'? [unknown-id]");
    assertThat(Scenarios.check(TestScenarios.MINI.getBytes(java.nio.charset.StandardCharsets.UTF_8), "mini.yaml")
        .scenario().defaultStrategy()).isEqualTo("engage");
  }

  @Test
  void reportsAnUnknownActorInAListOfIds() {
    assertThat(TestScenarios.lines(mini("actors: [a]", "actors: [a, zz]"))).containsExactly(
        "test.yaml:25:17: error: unknown actor 'zz' in steps.open.actors [unknown-id]");
  }

  @Test
  void reportsAnUnknownProfileOfTheActorItBelongsTo() {
    String yaml = mini("strategies:", """
        events:
          - id: vote
            kind: scheduled
            name: Vote
            date: 2020-06
            outcomes:
              - id: aye
                probability: 1
                profiles: {a: hawk}
        strategies:""");
    assertThat(TestScenarios.lines(yaml)).containsExactly(
        "test.yaml:36:23: error: unknown profile 'hawk' of actor 'a' in events.vote.outcomes.aye.profiles.a [unknown-id]");
  }

  @Test
  void reportsAnUnknownStepInAnExpressionWithTheStepItResembles() {
    assertThat(TestScenarios.lines(mini("\"implemented(open)\"", "\"implemented(opne)\""))).containsExactly(
        "test.yaml:34:24: error: unknown step 'opne' in implemented(...) - did you mean 'open'?"
            + " in \"implemented(opne)\" [bad-expression]");
  }

  @Test
  void reportsAnEnvironmentVariableThatTakesABuiltInName() {
    String yaml = mini("milestones:", "environment:\n  - id: month\n    name: M\n    initial: 0\nmilestones:");
    assertThat(TestScenarios.lines(yaml)).containsExactly("test.yaml:32:5: error: environment variable id 'month'"
        + " is a built-in name of the expression language; choose another [reserved-id]");
  }

  @Test
  void reportsAnEnvironmentVariableNamedLikeAWordOfTheLanguage() {
    // 'and > 0' could never be written: the parser reads 'and' as the operator.
    String yaml = mini("milestones:", "environment:\n  - id: and\n    name: A\n    initial: 0\nmilestones:");
    assertThat(TestScenarios.lines(yaml)).containsExactly("test.yaml:32:5: error: environment variable id 'and'"
        + " is a built-in name of the expression language; choose another [reserved-id]");
  }

  @Test
  void reportsACycleOfRequirementsAndPrintsIt() {
    assertThat(fixtureLines("cycle.yaml")).containsExactly("cycle.yaml:32:21: error: steps require each other in a"
        + " cycle, so none of them can ever be taken: first -> third -> second -> first [precondition-cycle]");
  }

  @Test
  void reportsAStepThatRequiresItself() {
    assertThat(TestScenarios.lines(mini("    moves: 5\n", "    moves: 5\n    preconditions: \"not reversed(open) and agreed(open)\"\n")))
        .contains("test.yaml:28:21: error: steps require each other in a cycle, so none of them can ever be taken:"
            + " open -> open [precondition-cycle]");
  }

  @Test
  void rejectsCycleBetweenReciprocalSteps() {
    // open is agreed only with give, which waits on close, which waits on open.
    String yaml = mini("    moves: 5\n", """
            moves: 5
            reciprocal: pair
          - id: give
            track: talks
            title: Give
            actors: [a]
            reciprocal: pair
            preconditions: "implemented(close)"
          - id: close
            track: talks
            title: Close
            actors: [a]
            preconditions: "agreed(open)"
        """);
    assertThat(TestScenarios.lines(yaml)).contains("test.yaml:22:5: error: steps require each other in a cycle, so"
        + " none of them can ever be taken: open -> close -> open [precondition-cycle]");
  }

  @Test
  void doesNotCallStepsThatOnlyExcludeEachOtherACycle() {
    String yaml = mini("    moves: 5\n", """
            moves: 5
            preconditions: "not implemented(close)"
          - id: close
            track: talks
            title: Close
            actors: [a]
            preconditions: "not agreed(open) or month > 3"
        """);
    assertThat(TestScenarios.check(yaml).diagnostics()).isEmpty();
  }

  @Test
  void reportsADeadStepAndTheStepsThatWaitOnIt() {
    assertThat(fixtureLines("dead-step.yaml")).containsExactly(
        "dead-step.yaml:36:21: error: step 'never' can never be taken: a comparison '>' can never hold:"
            + " its left side lies in [0, 1] and its right side in [1, 1] [dead-step]",
        "dead-step.yaml:41:21: error: step 'after' can never be taken: implemented(never) can never hold:"
            + " step 'never' can never be taken [dead-step]");
  }

  @Test
  void reportsMilestonesThatCanNeverBeReached() {
    assertThat(fixtureLines("unreachable-milestone.yaml")).containsExactly(
        "unreachable-milestone.yaml:37:12: error: milestone 'checked' can never be reached: verified(open) can never"
            + " hold: step 'open' has no verification [unreachable-milestone]",
        "unreachable-milestone.yaml:40:12: error: milestone 'late' can never be reached: a comparison '>=' can never"
            + " hold: its left side lies in [24240, 24263] and its right side in [24276, 24276] [unreachable-milestone]");
  }

  @Test
  void reportsAMilestoneThatWaitsOnACycle() {
    String yaml = new String(TestScenarios.fixture("cycle.yaml"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("when: \"implemented(free)\"", "when: \"implemented(free) and verified(third)\"");
    assertThat(TestScenarios.lines(yaml)).contains("test.yaml:49:12: error: milestone 'started' can never be reached:"
        + " verified(third) can never hold: step 'third' can never be taken [unreachable-milestone]");
  }

  @Test
  void reportsAReciprocalGroupWhosePreconditionsContradictEachOther() {
    assertThat(fixtureLines("reciprocal-conflict.yaml")).containsExactly(
        "reciprocal-conflict.yaml:38:21: error: the preconditions of reciprocal group 'swap' contradict each other:"
            + " 'tension >= 0.7' and 'tension < 0.3' cannot both hold [reciprocal-conflict]");
  }

  @Test
  void reportsAReciprocalMemberThatWaitsOnTheAgreementOfAnother() {
    String yaml = mini("    moves: 5\n", """
            moves: 5
            reciprocal: pair
          - id: close
            track: talks
            title: Close
            actors: [a]
            reciprocal: pair
            preconditions: "agreed(open)"
        """);
    assertThat(TestScenarios.lines(yaml)).contains("test.yaml:34:21: error: step 'close' requires agreed(open), but"
        + " both are in reciprocal group 'pair' and are agreed in the same month, so neither can ever be taken"
        + " [reciprocal-conflict]");
  }

  @Test
  void warnsAboutAReciprocalGroupWithOneMember() {
    assertThat(TestScenarios.lines(mini("    moves: 5\n", "    moves: 5\n    reciprocal: alone\n"))).containsExactly(
        "test.yaml:22:5: warning: reciprocal group 'alone' has only one member, step 'open' [lonely-reciprocal]");
  }

  @Test
  void warnsAboutAnActorThatPlaysNoPart() {
    CheckResult result = TestScenarios.check(mini("tracks:", "  - id: b\n    name: Side B\n    capability: 1\ntracks:"));
    assertThat(result.ok()).isTrue();
    assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "test.yaml:18:5: warning: actor 'b' plays no part: it takes no step, verifies none, has no position on an"
            + " issue a step moves, and no expression names it [unused-actor]");
  }

  @Test
  void countsAnActorNamedOnlyInAnExpressionAsUsed() {
    String yaml = mini("tracks:", "  - id: b\n    name: Side B\n    capability: 1\ntracks:")
        .replace("\"implemented(open)\"", "\"implemented(open) and space(b) > 0.5\"");
    assertThat(TestScenarios.check(yaml).diagnostics()).isEmpty();
  }

  @Test
  void warnsAboutAnIssueThatPlaysNoPart() {
    assertThat(TestScenarios.lines(mini("actors:",
        "  - id: oil\n    name: Oil\n    scale: {low: none, high: all}\n    status-quo: 0\nactors:"))).containsExactly(
        "test.yaml:12:5: warning: issue 'oil' plays no part: no step moves it and no expression names it [unused-issue]");
  }

  @Test
  void warnsAboutAScheduledEventThatNeverFires() {
    String event = "events:\n  - id: vote\n    kind: scheduled\n    name: Vote\n    date: DATE\n    outcomes:\n"
        + "      - {id: yes, probability: 1}\nstrategies:";
    for (String date : new String[] {"2019-12", "2031-01"}) {
      List<String> lines = TestScenarios.lines(mini("strategies:", event.replace("DATE", date)));
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0)).contains("warning: scheduled event 'vote' is dated " + date + ", outside the simulated"
          + " months").endsWith("so it never fires [event-outside-horizon]");
    }
    assertThat(TestScenarios.lines(mini("strategies:", event.replace("DATE", "2020-01")))).isEmpty();
  }

  @Test
  void warnsAboutEveryNumberWithNeitherSourceNorNote() {
    CheckResult result = TestScenarios.check(mini("note: \"test fixture\"\n", ""));
    assertThat(result.ok()).isTrue();
    assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "test.yaml:10:17: warning: the number at issues.trade.status-quo has neither a source nor a note [unsourced-number]",
        "test.yaml:14:17: warning: the number at actors.a.capability has neither a source nor a note [unsourced-number]",
        "test.yaml:16:25: warning: the number at actors.a.positions.trade.position has neither a source nor a note"
            + " [unsourced-number]",
        "test.yaml:16:39: warning: the number at actors.a.positions.trade.salience has neither a source nor a note"
            + " [unsourced-number]",
        "test.yaml:26:12: warning: the number at steps.open.moves has neither a source nor a note [unsourced-number]");
  }

  @Test
  void doesNotWarnAboutANumberWithItsOwnNote() {
    String yaml = mini("note: \"test fixture\"\n", "")
        .replace("status-quo: 10", "status-quo: {value: 10, note: \"assumption\"}");
    assertThat(TestScenarios.lines(yaml)).noneMatch(line -> line.contains("status-quo"));
  }

  @Test
  void leavesTheAnalysesOutWhileReferencesAreBroken() {
    String yaml = new String(TestScenarios.fixture("cycle.yaml"), java.nio.charset.StandardCharsets.UTF_8)
        .replace("track: talks", "track: tlaks");
    assertThat(TestScenarios.check(yaml).diagnostics()).extracting(Diagnostic::code).containsOnly("unknown-id");
  }

  @Test
  void returnsNoScenarioWhenTheCheckFindsErrors() {
    CheckResult result = Scenarios.check(TestScenarios.fixture("dead-step.yaml"), "dead-step.yaml");
    assertThat(result.ok()).isFalse();
    assertThat(result.scenario()).isNull();
    assertThat(result.errors()).isEqualTo(2);
    assertThat(TestScenarios.check(MINI).ok()).isTrue();
  }
}
