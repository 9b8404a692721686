package org.tandem.core.bargain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.tandem.core.bargain.Problem;
import org.tandem.core.bargain.SharedData;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.UserException;

class KtabCsvReaderTest {
  private static final String GOOD = """
      Demo, a scenario, 3, 2,
      Actor,Description,Power,Pos A,Sal A,Pos B,Sal B,
      A1,first,100,30,24,20,48,
      A2,"second, quoted",60.2,45,44.7,65,41.3
      A3,third,35,30,28.9,15,65.1,,,

      """;

  private static Problem read(String content) {
    return new KtabCsvReader().read("t.csv", content);
  }

  @Test
  void readsActorsDimensionsAndToleratesTrailingCommasAndQuotes() {
    Problem p = read(GOOD);
    assertThat(p.name()).isEqualTo("Demo");
    assertThat(p.dimensions()).containsExactly("Pos A", "Pos B");
    assertThat(p.actorCount()).isEqualTo(3);
    assertThat(p.actors().get(1).description()).isEqualTo("second, quoted");
    assertThat(p.actors().get(1).capability()).isEqualTo(60.2);
    assertThat(p.actors().get(2).positions()).containsExactly(30, 15);
    assertThat(p.actors().get(2).saliences()).containsExactly(28.9, 65.1);
    assertThat(p.actors().get(0).location().line()).isEqualTo(3);
  }

  @Test
  void readsKtabsShippedScenario() {
    Problem p = read(SharedData.text("ktab/SOE-Pol-Comp.csv"));
    assertThat(p.actorCount()).isEqualTo(13);
    assertThat(p.dimensions()).containsExactly("Policy Position", "Competitive Position");
    assertThat(p.actors().get(12).name()).isEqualTo("WY");
  }

  private static void assertError(String content, String location, String... words) {
    assertThatThrownBy(() -> read(content)).isInstanceOf(UserException.class)
        .satisfies(e -> {
          String message = e.getMessage();
          assertThat(message).startsWith(location + ":");
          for (String w : words) {
            assertThat(message).contains(w);
          }
        });
  }

  @Test
  void aMissingColumnNamesRowAndColumn() {
    assertError(GOOD.replace("A1,first,100,30,24,20,48,", "A1,first,100,30,24,20"),
        "t.csv:3:7", "expected 7 columns", "found 6");
  }

  @Test
  void saliencesAbove100NameTheSalienceThatCrossesIt() {
    assertError(GOOD.replace("30,24,20,48", "30,54,20,48"), "t.csv:3:7", "sum to at most 100",
        "A1", "102");
  }

  @Test
  void aNonNumberNamesItsCell() {
    assertError(GOOD.replace("60.2", "sixty"), "t.csv:4:3", "expected a number",
        "'sixty'");
    assertError(GOOD.replace("60.2", "NaN"), "t.csv:4:3", "expected a number");
  }

  @Test
  void outOfRangeValuesAreRejectedWithTheRange() {
    assertError(GOOD.replace("A3,third,35,30", "A3,third,35,130"), "t.csv:5:4",
        "between 0 and 100", "130");
    assertError(GOOD.replace("A3,third,35,", "A3,third,0,"), "t.csv:5:3", "greater than 0");
  }

  @Test
  void actorCountMustMatchTheScenarioLine() {
    assertError(GOOD.replace("Demo, a scenario, 3,", "Demo, a scenario, 4,"), "t.csv:6:1",
        "announces 4", "after 3");
    assertError(GOOD.replace("Demo, a scenario, 3,", "Demo, a scenario, 2,"), "t.csv:5:1",
        "announces 2", "more rows");
  }

  @Test
  void scenarioLineAndHeaderAreChecked() {
    assertError("Demo, a scenario\n", "t.csv:1:3", "expected 4 columns");
    assertError("Demo, a scenario, x, 2\n", "t.csv:1:3", "whole number", "'x'");
    assertError("Demo, a scenario, 3, 2\n", "t.csv:2:1", "header");
    assertError("", "t.csv:1:1", "empty file");
    assertError(GOOD.replace("Sal B,", "Sal B,Extra"), "t.csv:2:8", "found a value in column 8");
  }

  @Test
  void duplicateNamesAndUnclosedQuotesAreLocated() {
    assertError(GOOD.replace("A3,third", "A1,third"), "t.csv:5:1", "unique", "'A1'", "t.csv:3:1");
    assertError(GOOD.replace("\"second, quoted\"", "\"second"), "t.csv:4:2", "double quote");
  }

  @Test
  void everyBadValueOfTheFileIsReportedWithItsCell() {
    String bad = GOOD.replace("60.2", "sixty").replace("A3,third,35,30", "A3,third,35,130")
        .replace("A1,first,100,30,24,20,48,", "A1,first,100,30,24,20");
    assertThatThrownBy(() -> read(bad)).isInstanceOf(UserException.class)
        .satisfies(e -> assertThat(((UserException) e).diagnostics())
            .extracting(d -> d.location().toString(), Diagnostic::code)
            .containsExactly(tuple("t.csv:3:7", "missing-column"),
                tuple("t.csv:4:3", "not-a-number"), tuple("t.csv:5:4", "out-of-range")));
  }

  @Test
  void aBadRowStillCountsTowardsTheActorsAndItsNameTowardsDuplicates() {
    String bad = GOOD.replace("60.2", "sixty").replace("A3,third", "A2,third");
    assertThatThrownBy(() -> read(bad)).isInstanceOf(UserException.class)
        .satisfies(e -> assertThat(((UserException) e).diagnostics())
            .extracting(d -> d.location().toString(), Diagnostic::code)
            .containsExactly(tuple("t.csv:4:3", "not-a-number"),
                tuple("t.csv:5:1", "duplicate-actor")));
  }
}
