package org.tandem.core.events.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.CodeBook;
import org.tandem.core.events.Dyad;
import org.tandem.core.events.DyadPeriodStats;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.GdeltRows;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.PartialAggregate;
import org.tandem.core.events.Period;
import org.tandem.core.events.QuadClass;
import org.tandem.core.events.QuadMapping;
import org.tandem.core.events.Rejection;
import org.tandem.core.events.SharedData;

class GdeltReaderTest {
  private static final EventFilter USA_PRK_BY_DAY =
      new EventFilter(List.of(Dyad.parse("USA-PRK")), Period.DAY, null, null, false, 0);

  static AggregationResult read(EventFormat format, String text, EventFilter filter, boolean strict) throws IOException {
    return read(format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), filter, strict);
  }

  static AggregationResult read(EventFormat format, InputStream in, EventFilter filter, boolean strict) throws IOException {
    PartialAggregate agg = new PartialAggregate(filter, strict);
    new GdeltReader(format, new CodeBook(GoldsteinTable.of(GoldsteinTable.Variant.GDELT), QuadMapping.gdelt()))
        .read(in, "t.tsv", agg);
    return agg.result();
  }

  @Test
  void acceptsEveryRowOfTheMixedFileAndSeesBothLayouts() throws IOException {
    AggregationResult r = read(EventFormat.GDELT1, Files.newInputStream(SharedData.events("gdelt1-mixed-57-58.tsv")),
        USA_PRK_BY_DAY, true);
    assertThat(r.rejected()).isZero();
    assertThat(r.accepted()).isEqualTo(710);
    assertThat(r.columnLayouts()).isEqualTo(Map.of(57, 201L, 58, 509L));
  }

  @Test
  void countsQuadClassesAndGoldsteinPerDyadAndDay() throws IOException {
    String text = String.join("\n",
        GdeltRows.row("20180601", "USA", "PRK", "040"), // consult: quad 1, +1.0
        GdeltRows.row("20180601", "PRK", "USA", "0874"), // material cooperation, 087 = +9.0... (0874 listed)
        GdeltRows.row("20180601", "PRK", "USA", "173"), // coerce: quad 4, -5.0
        GdeltRows.row("20180602", "USA", "PRK", "112"), // accuse: quad 3, -2.0
        GdeltRows.row("20180602", "USA", "CHN", "040"), // another dyad
        GdeltRows.row("20180602", "", "PRK", "040")) + "\n";
    AggregationResult r = read(EventFormat.GDELT1, text, USA_PRK_BY_DAY, false);
    assertThat(r.accepted()).isEqualTo(6);
    assertThat(r.matched()).isEqualTo(4);
    DyadPeriodStats first = r.stats().get(0);
    assertThat(first.period()).isEqualTo("2018-06-01");
    assertThat(first.count(QuadClass.VERBAL_COOPERATION)).isEqualTo(1);
    assertThat(first.count(QuadClass.MATERIAL_COOPERATION)).isEqualTo(1);
    assertThat(first.count(QuadClass.MATERIAL_CONFLICT)).isEqualTo(1);
    double g0874 = GoldsteinTable.of(GoldsteinTable.Variant.GDELT).exactValue("0874");
    assertThat(first.goldsteinSum()).isCloseTo(1.0 + g0874 - 5.0, org.assertj.core.data.Offset.offset(1e-9));
    DyadPeriodStats second = r.stats().get(1);
    assertThat(second.period()).isEqualTo("2018-06-02");
    assertThat(second.count(QuadClass.VERBAL_CONFLICT)).isEqualTo(1);
    assertThat(second.goldsteinMean()).isEqualTo(-2.0);
  }

  @Test
  void reportsEachMalformedRowWithItsLineAndReason() throws IOException {
    String good = GdeltRows.row("20180601", "USA", "PRK", "040");
    String text = String.join("\n",
        good,
        good + "\textra\tcolumns\tmore",
        GdeltRows.row("20180601", "USA", "PRK", "13y"),
        GdeltRows.row("20180231", "USA", "PRK", "040"),
        GdeltRows.row("2018061", "USA", "PRK", "040"),
        "",
        GdeltRows.row(58, "20180601", "USA", "PRK", "x", "040", "2"),
        GdeltRows.row(58, "20180601", "USA", "PRK", "1", "040", "two"),
        GdeltRows.row("20180601", "usa", "PRK", "040"),
        good) + "\r\n";
    AggregationResult r = read(EventFormat.GDELT1, text, USA_PRK_BY_DAY, false);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(7);
    assertThat(r.firstRejections()).extracting(x -> x.location().line() + " " + x.code()).containsExactly(
        "2 column-count", "3 bad-event-code", "4 bad-date", "5 bad-date", "7 bad-root-flag", "8 bad-number",
        "9 bad-country-code");
    Rejection code = r.firstRejections().get(1);
    assertThat(code.message()).contains("\"13y\"").contains("column 27");
    assertThat(code.toString()).startsWith("t.tsv:3: ");
    assertThat(r.firstRejections().get(0).message()).contains("found 61");
    assertThat(r.rejectionsByCode()).containsEntry("bad-date", 2L);
  }

  @Test
  void strictModeStopsAtTheFirstRejectedRow() throws IOException {
    String good = GdeltRows.row("20180601", "USA", "PRK", "040");
    String text = String.join("\n", good, GdeltRows.row("20180601", "USA", "PRK", "13y"), good, "bad") + "\n";
    AggregationResult r = read(EventFormat.GDELT1, text, USA_PRK_BY_DAY, true);
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.firstRejections().get(0).location().line()).isEqualTo(2);
  }

  @Test
  void gdeltTwoNeedsSixtyOneColumnsAndReadsTheSameFields() throws IOException {
    String text = GdeltRows.row(61, "20180601", "USA", "PRK", "1", "040", "3") + "\n"
        + GdeltRows.row(58, "20180601", "USA", "PRK", "1", "040", "3") + "\n";
    AggregationResult r = read(EventFormat.GDELT2, text, USA_PRK_BY_DAY, false);
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.firstRejections()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("column-count");
      assertThat(x.message()).contains("61").contains("found 58");
    });
  }

  @Test
  void filtersRootEventsSourcesAndDates() throws IOException {
    String text = String.join("\n",
        GdeltRows.row(58, "20180601", "USA", "PRK", "0", "040", "5"),
        GdeltRows.row(58, "20180601", "USA", "PRK", "1", "040", "1"),
        GdeltRows.row(58, "20180531", "USA", "PRK", "1", "040", "5"),
        GdeltRows.row(58, "20180602", "USA", "PRK", "1", "040", "5")) + "\n";
    EventFilter filter = new EventFilter(List.of(Dyad.parse("USA>PRK")), Period.MONTH,
        java.time.LocalDate.of(2018, 6, 1), java.time.LocalDate.of(2018, 6, 30), true, 2);
    AggregationResult r = read(EventFormat.GDELT1, text, filter, false);
    assertThat(r.accepted()).isEqualTo(4);
    assertThat(r.matched()).isEqualTo(1);
    assertThat(r.stats()).singleElement().satisfies(s -> {
      assertThat(s.period()).isEqualTo("2018-06");
      assertThat(s.events()).isEqualTo(1);
    });
  }

  @Test
  void readsLinesLongerThanTheBufferAndAFinalLineWithoutNewline() throws IOException {
    StringBuilder text = new StringBuilder();
    String good = GdeltRows.row("20180601", "USA", "PRK", "040");
    text.append(good, 0, good.length() - 10).append("x".repeat(3 * GdeltReader.BUFFER)).append(good, good.length() - 10,
        good.length()).append('\n');
    for (int i = 0; i < 5000; i++) {
      text.append(good).append('\n');
    }
    text.append(good);
    AggregationResult r = read(EventFormat.GDELT1, text.toString(), USA_PRK_BY_DAY, true);
    assertThat(r.accepted()).isEqualTo(5002);
    assertThat(r.lines()).isEqualTo(5002);
    assertThat(r.stats().get(0).events()).isEqualTo(5002);
  }

  /**
   * The scanner finds tabs and newlines eight bytes at a time and, past NumSources, only counts the
   * tabs. Bytes one above a separator (0x08 after a tab, 0x0B after a newline) are what a carrying
   * "zero byte" test flags falsely; every row here is shifted by one byte more than the last, so that
   * each separator falls at every position of a word.
   */
  @Test
  void countsColumnsExactlyWhateverTheAlignmentAndTheBytesNextToSeparators() throws IOException {
    StringBuilder text = new StringBuilder();
    int expectedGood = 0;
    for (int shift = 0; shift < 16; shift++) {
      String[] f = GdeltRows.row("20180601", "USA", "PRK", "040").split("\t", -1);
      f[40] = "\b".repeat(shift % 3) + "\u000b";
      f[56] = "x".repeat(shift);
      text.append(String.join("\t", f)).append('\n');
      expectedGood++;
      String[] extra = java.util.Arrays.copyOf(f, 59);
      extra[58] = "\b";
      text.append(String.join("\t", extra)).append('\n');
      String[] fewer = java.util.Arrays.copyOf(f, 56);
      text.append(String.join("\t", fewer)).append("\n\u000b\n");
    }
    AggregationResult r = read(EventFormat.GDELT1, text.toString(), USA_PRK_BY_DAY, false);
    assertThat(r.accepted()).isEqualTo(expectedGood);
    assertThat(r.rejectionsByCode()).isEqualTo(Map.of("column-count", 16L * 3));
    assertThat(r.firstRejections().get(0).toString()).contains("t.tsv:2:").contains("found 59");
    assertThat(r.firstRejections().get(1).toString()).contains("t.tsv:3:").contains("found 56");
    assertThat(r.firstRejections().get(2).toString()).contains("t.tsv:4:").contains("found 1");
    assertThat(r.stats().get(0).events()).isEqualTo(expectedGood);
  }
}
