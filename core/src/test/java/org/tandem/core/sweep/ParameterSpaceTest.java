package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.Assumption;
import org.tandem.core.scenario.Scenario;

class ParameterSpaceTest {

  @Test
  void resolvesDocumentedPathsToTheirNumbers() {
    List<Parameter> p = SweepFixtures.tiny().resolve(SweepFixtures.ranges(
        "steps.lift-embargo.duration.mode=1.5:3", "actors.a.positions.trade.salience=0.2:0.9"));
    assertThat(p).extracting(Parameter::path)
        .containsExactly("steps.lift-embargo.duration.mode", "actors.a.positions.trade.salience");
    assertThat(p.get(0).base()).isEqualTo(2.0);
    assertThat(p.get(1).base()).isEqualTo(0.6);
    assertThat(p.get(1).assumption().location()).isEqualTo(new Location("tiny.yaml", 18, 39));
  }

  @Test
  void settingValuesRewritesOnlyThoseNumbers() {
    ParameterSpace space = SweepFixtures.tiny();
    List<Parameter> p = space.resolve(SweepFixtures.ranges("events.test.hazard.base=0.01:0.2",
        "steps.lift-embargo.duration.max=3:8"));
    Scenario changed = space.scenarioAt(p, new double[] {0.125, 6.5});
    assertThat(value(changed, "events.test.hazard.base")).isEqualTo(0.125);
    assertThat(value(changed, "steps.lift-embargo.duration.max")).isEqualTo(6.5);
    for (Assumption before : space.scenario().assumptions()) {
      if (!before.path().equals("events.test.hazard.base") && !before.path().equals("steps.lift-embargo.duration.max")) {
        assertThat(value(changed, before.path())).as(before.path()).isEqualTo(before.value());
      }
    }
    assertThat(changed.text().lines().count()).isEqualTo(space.scenario().text().lines().count());
  }

  @Test
  void rewritesNumbersInFilesWithWindowsLineEndingsAndWideCharacters() {
    // CR LF line ends, and a note with non-ASCII letters (one outside the BMP) before the number on
    // its line: the column counts code points, the rewrite must still hit the number.
    String yaml = SweepFixtures.ONE_STEP
        .replace("status-quo: 0", "status-quo: {note: \"naïve \uD83D\uDE00 estimate\", value: 0}")
        .replace("\n", "\r\n");
    ParameterSpace space = SweepFixtures.inline(yaml);
    List<Parameter> p = space.resolve(SweepFixtures.ranges("issues.deal.status-quo=0:40", "model.pace=0.01:0.5"));
    Scenario changed = space.scenarioAt(p, new double[] {12.5, 0.25});
    assertThat(value(changed, "issues.deal.status-quo")).isEqualTo(12.5);
    assertThat(value(changed, "model.pace")).isEqualTo(0.25);
    assertThat(changed.text()).contains("estimate\", value: 12.5}\r\n");
  }

  @Test
  void everyNumberOfTheBuiltInsHasItsOwnPath() {
    for (String id : List.of("korea-2012", "iran-2015")) {
      ParameterSpace space = ParameterSpace.of(Scenarios.read(id), id);
      Set<String> paths = new HashSet<>();
      for (Assumption a : space.scenario().assumptions()) {
        assertThat(paths.add(a.path())).as("%s: %s", id, a.path()).isTrue();
      }
      assertThat(space.parameters()).hasSameSizeAs(space.scenario().assumptions());
    }
  }

  @Test
  void unknownPathSuggestsTheClosestAndHowToListThem() {
    UserException e = catchThrowableOfType(UserException.class, () -> SweepFixtures.tiny().resolve(
        SweepFixtures.ranges("steps.lift-embargo.duration.mod=1:3")));
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("unknown-id");
    assertThat(d.location()).isEqualTo(Location.of("--param"));
    assertThat(d.message()).contains("did you mean 'steps.lift-embargo.duration.mode'").contains("--list-params");
  }

  @Test
  void rangeOutsideTheFieldsDomainNamesParameterValueAndAllowedRange() {
    UserException e = catchThrowableOfType(UserException.class, () -> SweepFixtures.tiny().resolve(
        SweepFixtures.ranges("actors.a.positions.trade.salience=0.5:1.5")));
    assertThat(e.diagnostics()).hasSize(1);
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("out-of-range");
    assertThat(d.message()).contains("actors.a.positions.trade.salience = 1.5").contains("must be between 0 and 1")
        .contains("tiny.yaml:18:39");
  }

  @Test
  void negativeDurationIsRefused() {
    UserException e = catchThrowableOfType(UserException.class, () -> SweepFixtures.tiny().resolve(
        SweepFixtures.ranges("steps.stop-tests.verification.duration=-2:3")));
    assertThat(e.diagnostics().get(0).message()).contains("steps.stop-tests.verification.duration = -2");
  }

  @Test
  void valueThatBreaksTheScenariosChecksIsAUserErrorNamingIt() {
    // Raising one outcome's probability alone makes the outcomes sum to more than 1.
    UserException e = catchThrowableOfType(UserException.class, () -> SweepFixtures.tiny().resolve(
        SweepFixtures.ranges("events.election.outcomes.dove.probability=0.6:0.7")));
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("probabilities-sum");
    assertThat(d.message()).contains("events.election.outcomes.dove.probability = 0.7").contains("sum to 1.1");
  }

  @Test
  void valueThatMakesAStepDeadFailsTheCheckersAnalysis() throws Exception {
    // tiny.yaml with tension bounded explicitly and a step that needs tension >= 0.9: lowering the
    // bound to 0.8 leaves the file well-formed, but the checker finds the step can never be taken.
    String text;
    try (InputStream in = ParameterSpaceTest.class.getResourceAsStream("/scenarios/tiny.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    text = text.replace("    update: \"0.9 * tension + 0.05\"", "    max: 1\n    update: \"0.9 * tension + 0.05\"")
        .replace("implemented(open-talks) and tension <= 0.9", "implemented(open-talks) and tension >= 0.9");
    ParameterSpace space = SweepFixtures.inline(text);
    UserException e = catchThrowableOfType(UserException.class, () -> space.resolve(
        SweepFixtures.ranges("environment.tension.max=0.8:1")));
    assertThat(e.diagnostics()).extracting(Diagnostic::code).contains("dead-step", "unreachable-milestone");
    assertThat(e.diagnostics().get(0).message()).startsWith("with environment.tension.max = 0.8, the scenario fails");
  }

  @Test
  void triangularWithModeOutsideItsBoundsFailsTheCheck() {
    UserException e = catchThrowableOfType(UserException.class, () -> SweepFixtures.tiny().resolve(
        SweepFixtures.ranges("steps.lift-embargo.duration.mode=1:5")));
    assertThat(e.diagnostics().get(0).message()).contains("steps.lift-embargo.duration.mode = 5");
  }

  @Test
  void lowAboveHighIsRefused() {
    assertThatThrownBy(() -> SweepFixtures.ranges("steps.open-talks.moves=20:5"))
        .isInstanceOf(UserException.class).hasMessageContaining("LOW must not be above HIGH");
  }

  @Test
  void malformedParamsAreRefusedWithTheExpectedForm() {
    for (String bad : List.of("steps.open-talks.moves", "steps.open-talks.moves=5", "steps.open-talks.moves=a:b",
        "=1:2", "steps.open-talks.moves=1:2:3", "steps.open-talks.moves=1d:2", "steps.open-talks.moves=NaN:2")) {
      assertThatThrownBy(() -> SweepFixtures.ranges(bad)).as(bad)
          .isInstanceOf(UserException.class).hasMessageContaining("expected PATH=LOW:HIGH");
    }
  }

  @Test
  void paramsFileSkipsCommentsAndReportsBadLinesWithTheirNumbers() {
    List<ParameterRange> ok = ParameterFile.parse("# ranges\n\nsteps.open-talks.moves=5:20  # moves\n"
        + "events.test.hazard.base = 0.01:0.1\n", "p.txt");
    assertThat(ok).extracting(ParameterRange::path).containsExactly("steps.open-talks.moves", "events.test.hazard.base");
    assertThat(ok.get(1).given()).isEqualTo(new Location("p.txt", 4, 1));
    UserException e = catchThrowableOfType(UserException.class,
        () -> ParameterFile.parse("steps.open-talks.moves=5:20\nnonsense\nx=3:1\n", "p.txt"));
    assertThat(e.diagnostics()).extracting(d -> d.location().line()).containsExactly(2, 3);
  }

  @Test
  void sweepingAPathTwiceIsRefused() {
    assertThatThrownBy(() -> SweepFixtures.tiny().resolve(SweepFixtures.ranges("steps.open-talks.moves=5:20",
        "steps.open-talks.moves=1:2"))).isInstanceOf(UserException.class).hasMessageContaining("swept twice");
  }

  private static double value(Scenario s, String path) {
    return s.assumptions().stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow().value();
  }
}
