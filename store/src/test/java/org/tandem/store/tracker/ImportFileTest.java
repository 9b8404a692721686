package org.tandem.store.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.UserException;

class ImportFileTest {
  static ImportFile.Contents read(String text, String name) {
    return ImportFile.read(text.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void readsStatusRowsWithTheLineEachStartsOn() {
    var contents = read("step,status,date,source,quote\n\nus-signalling,agreed,2018-06-12,\"Statement, Art. 1\","
        + "\"two\nlines \"\"quoted\"\"\"\ndprk-goodwill,proposed,2018-05-01,src,\n", "h.csv");
    assertThat(contents.history()).hasSize(2);
    assertThat(contents.history().get(0).location().line()).isEqualTo(3);
    assertThat(contents.history().get(0).source()).isEqualTo("Statement, Art. 1");
    assertThat(contents.history().get(0).quote()).isEqualTo("two\nlines \"quoted\"");
    assertThat(contents.history().get(1).location().line()).isEqualTo(5);
    assertThat(contents.observations()).isEmpty();
  }

  @Test
  void aSeriesColumnMakesAnObservationFileAndLowHighBecomeARange() {
    var contents = read("series,date,low,high,method,source\r\nwarheads,2021-01-01,40,50,fissile,SIPRI\r\n", "o.csv");
    assertThat(contents.observations()).singleElement().satisfies(o -> {
      assertThat(o.value()).isEqualTo("40:50");
      assertThat(o.location().line()).isEqualTo(2);
    });
  }

  @Test
  void aScoreColumnMakesAnExplicitScoreFileInCsvAndJson() {
    var csv = read("step,year,score,justification\nus-signalling,2018,2,\"remains returned, nothing else\"\n", "s.csv");
    assertThat(csv.scores()).singleElement().satisfies(s -> {
      assertThat(s.step()).isEqualTo("us-signalling");
      assertThat(s.year()).isEqualTo("2018");
      assertThat(s.score()).isEqualTo("2");
      assertThat(s.justification()).isEqualTo("remains returned, nothing else");
      assertThat(s.location().line()).isEqualTo(2);
    });
    assertThat(csv.history()).isEmpty();
    var json = read("{\"scores\": [\n {\"id\": 4, \"step\": \"a\", \"year\": 2019, \"score\": 1, "
        + "\"justification\": \"j\", \"corrects\": null, \"recordedBy\": \"x\"}]}", "s.json");
    assertThat(json.scores()).singleElement().satisfies(s -> {
      assertThat(s.year()).isEqualTo("2019");
      assertThat(s.corrects()).isNull();
      assertThat(s.location().line()).isEqualTo(2);
    });
    assertThatThrownBy(() -> read("step,year,score\n", "s.csv")).isInstanceOfSatisfying(UserException.class,
        e -> assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly("missing-column"));
  }

  @Test
  void keepsEveryBadRowsProblemAndLeavesTheRowOut() {
    var contents = read("step,status,date,source\na,agreed,2018-01-01\nb,agreed,2018-01-01,s,extra\n"
        + "c,agreed,2018-01-01,s\n", "h.csv");
    assertThat(contents.problems()).extracting(Diagnostic::toString).containsExactly(
        "h.csv:2: error: expected 4 fields as in the header, found 3 [wrong-field-count]",
        "h.csv:3: error: expected 4 fields as in the header, found 5 [wrong-field-count]");
    assertThat(contents.history()).extracting(StatusInput::step).containsExactly("c");
  }

  @Test
  void rejectsUnknownAndMissingColumnsInTheHeader() {
    assertThatThrownBy(() -> read("step,stauts,date,source\n", "h.csv")).isInstanceOfSatisfying(UserException.class,
        e -> assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly("unknown-column",
            "missing-column"));
  }

  @Test
  void anUnclosedQuoteIsAnErrorAtItsRow() {
    assertThatThrownBy(() -> read("step,status,date,source\na,agreed,2018-01-01,\"open\n", "h.csv"))
        .isInstanceOf(UserException.class).hasMessageStartingWith("h.csv:2: error: a quoted field is never closed");
  }

  @Test
  void readsJsonArraysAndExportObjectsWithLines() {
    var array = read("[\n {\"step\": \"a\", \"status\": \"agreed\", \"date\": \"2018-01-01\", \"source\": \"s\"},\n"
        + " {\"step\": \"b\", \"status\": \"agreed\", \"date\": \"2018-01-02\", \"source\": \"s\", \"id\": 4}\n]", "h.json");
    assertThat(array.history()).extracting(s -> s.location().line()).containsExactly(2, 3);
    var export = read("{\"roadmap\": {\"id\": \"x\"}, \"history\": [], \"observations\": [{\"series\": \"w\", "
        + "\"date\": \"2019-01-01\", \"low\": 1, \"high\": 2, \"method\": \"m\", \"source\": \"s\"}]}", "e.json");
    assertThat(export.observations()).singleElement().extracting(ObservationInput::value).isEqualTo("1:2");
  }

  @Test
  void unknownJsonKeysAreErrorsWithTheirPositionAndASuggestion() {
    var typo = read("{\n  \"histroy\": [{\"step\": \"a\", \"status\": \"agreed\", \"date\": \"2018-01-01\", "
        + "\"source\": \"s\"}],\n  \"extra\": 1\n}", "h.json");
    assertThat(typo.problems()).extracting(Diagnostic::toString).containsExactly(
        "h.json:2:3: error: unknown key 'histroy' (expected history, observations, scores or roadmap) - did you mean "
            + "'history'? [unknown-key]",
        "h.json:3:3: error: unknown key 'extra' (expected history, observations, scores or roadmap) [unknown-key]");
    assertThat(typo.history()).isEmpty();
    assertThat(read("[{\"stp\": \"a\"}]", "h.json").problems()).singleElement().asString()
        .isEqualTo("h.json:1:3: error: 'stp' is not a field of history entries (expected step, status, date, source, "
            + "quote, note, corrects) - did you mean 'step'? [unknown-field]");
  }

  @Test
  void jsonValuesOfTheWrongTypeAreErrors() {
    var sections = read("{\"history\": {\"step\": \"a\"}, \"scores\": null, \"observations\": \"none\", "
        + "\"roadmap\": \"korea-2012\"}", "h.json");
    assertThat(sections.problems()).extracting(Diagnostic::toString).containsExactly(
        "h.json:1:2: error: 'history' must be an array of history entries, found an object [wrong-type]",
        "h.json:1:28: error: 'scores' must be an array of scores entries, found null [wrong-type]",
        "h.json:1:44: error: 'observations' must be an array of observations entries, found a string [wrong-type]",
        "h.json:1:68: error: 'roadmap' must be the roadmap object track export writes (on import the roadmap is "
            + "chosen with --roadmap), found a string [wrong-type]");
    var fields = read("[{\"step\": [\"a\", \"b\"], \"status\": \"agreed\", \"date\": \"2018-01-01\", \"source\": \"s\"},\n"
        + " {\"step\": \"a\", \"status\": true, \"date\": \"2018-01-01\", \"source\": {\"url\": \"u\"}},\n"
        + " 7,\n {\"step\": \"a\", \"step\": \"b\"}]", "h.json");
    assertThat(fields.problems()).extracting(Diagnostic::toString).containsExactly(
        "h.json:1:3: error: field 'step': expected a string or a number, found an array [wrong-type]",
        "h.json:2:16: error: field 'status': expected a string or a number, found a boolean [wrong-type]",
        "h.json:2:54: error: field 'source': expected a string or a number, found an object [wrong-type]",
        "h.json:3:2: error: expected an object with fields step, status, date, source, quote, note, corrects, found a "
            + "number [bad-entry]",
        "h.json:4:16: error: field 'step' appears twice in the entry (first at h.json:4:3) [duplicate-key]");
    assertThat(fields.history()).isEmpty();
    assertThat(read("{\"history\": [], \"history\": []}", "h.json").problems()).singleElement().asString()
        .isEqualTo("h.json:1:17: error: key 'history' appears twice (first at h.json:1:2) [duplicate-key]");
  }

  @Test
  void contentAfterTheJsonValueIsAnError() {
    var second = read("[{\"step\": \"a\", \"status\": \"agreed\", \"date\": \"2018-01-01\", \"source\": \"s\"}]\n"
        + "[{\"step\": \"b\", \"status\": \"agreed\", \"date\": \"2018-01-01\", \"source\": \"s\"}]\n", "h.json");
    assertThat(second.problems()).extracting(Diagnostic::toString).containsExactly(
        "h.json:2:1: error: unexpected content after the end of the JSON value (an import file holds one array or "
            + "one object) [trailing-content]");
    assertThat(read("{\"history\": []}\n,", "h.json").problems()).extracting(Diagnostic::code)
        .containsExactly("trailing-content");
    assertThat(read("{\"history\": []}\n  \n", "h.json").problems()).isEmpty();
  }

  @Test
  void truncatedJsonSaysWhereWithoutTheParsersInternalText() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("[{\"step\": \"a\", \"status\": \"agreed\"", "t.json"))
        .isInstanceOf(org.tandem.core.error.UserException.class)
        .hasMessageStartingWith("t.json:1:").hasMessageContaining("malformed JSON").hasMessageContaining("line 1")
        .hasMessageNotContaining("REDACTED").hasMessageNotContaining("[Source");
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorAtTheirLineNotReplacementCharacters() {
    byte[] latin1 = "step,status,date,source\r\nus-signalling,agreed,2018-06-12,Pyongyang caf\u00e9\r\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ImportFile.read(latin1, "h.csv")).isInstanceOfSatisfying(UserException.class,
        e -> assertThat(e.diagnostics()).extracting(Diagnostic::toString).containsExactly(
            "h.csv:2:46: error: expected a UTF-8 text file, found a byte sequence that is not UTF-8 (byte 71 of the "
                + "file, 0xe9) [not-utf8]"));
    byte[] truncated = "[{\"step\": \"\u00e9".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ImportFile.read(java.util.Arrays.copyOf(truncated, truncated.length - 1), "h.json"))
        .isInstanceOf(UserException.class).hasMessageStartingWith("h.json:1:12: error: expected a UTF-8 text file");
    byte[] withBom = "\uFEFFstep,status,date,source\nus-signalling,agreed,2018-06-12,caf\u00e9\n"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(ImportFile.read(withBom, "h.csv").history()).singleElement().extracting(StatusInput::source)
        .isEqualTo("caf\u00e9");
  }

  @Test
  void malformedJsonIsAUserErrorWithItsPosition() {
    assertThatThrownBy(() -> read("[{\"step\": }]", "h.json")).isInstanceOf(UserException.class)
        .hasMessageStartingWith("h.json:1:");
    assertThat(read("[{\"stp\": \"a\"}]", "h.json").problems()).singleElement().asString()
        .contains("'stp' is not a field");
  }
}
