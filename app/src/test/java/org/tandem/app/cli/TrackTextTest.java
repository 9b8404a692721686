package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.store.tracker.Status;
import org.tandem.store.tracker.StatusEntry;

class TrackTextTest {
  static String print(java.util.function.Consumer<PrintWriter> writer) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    writer.accept(out);
    out.flush();
    return text.toString();
  }

  @Test
  void csvQuotesOnlyFieldsThatNeedIt() {
    StatusEntry e = new StatusEntry(3, "r", "s", Status.AGREED, LocalDate.of(2018, 6, 12), "a, \"b\"", "line\nbreak",
        null, 1L, "me", Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(print(out -> TrackText.csv(out, List.of(e)))).isEqualTo(
        "id,step,status,date,source,quote,note,corrects,recorded_by,recorded_at\n"
            + "3,s,agreed,2018-06-12,\"a, \"\"b\"\"\",\"line\nbreak\",,1,me,2020-01-01T00:00:00Z\n");
  }

  @Test
  void tablesAlignColumnsAndDropTrailingBlanks() {
    assertThat(print(out -> TrackText.table(out, List.of(List.of("a", "bb", "c"), List.of("ccc", "d", ""))))).isEqualTo(
        "a    bb  c\nccc  d\n");
  }

  @Test
  void undefinedRatesPrintAsNotApplicableAndRangesCompactly() {
    assertThat(TrackText.percent(Double.NaN)).isEqualTo("n/a");
    assertThat(TrackText.percent(100.0 / 3)).isEqualTo("33.3%");
    assertThat(TrackText.range(40, 50)).isEqualTo("40:50");
    assertThat(TrackText.range(2.5, 2.5)).isEqualTo("2.5");
  }
}
