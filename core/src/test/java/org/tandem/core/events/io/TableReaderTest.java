package org.tandem.core.events.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.UserException;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.CodeBook;
import org.tandem.core.events.Dyad;
import org.tandem.core.events.DyadPeriodStats;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.PartialAggregate;
import org.tandem.core.events.Period;
import org.tandem.core.events.QuadMapping;
import org.tandem.core.events.SharedData;

class TableReaderTest {
  private static final EventFilter USA_PRK_BY_DAY =
      new EventFilter(List.of(Dyad.parse("USA-PRK")), Period.DAY, null, null, false, 0);

  private static AggregationResult read(EventFormat format, GoldsteinTable.Variant variant, String text,
      EventFilter filter) throws IOException {
    PartialAggregate agg = new PartialAggregate(filter, false);
    new TableReader(format, new CodeBook(GoldsteinTable.of(variant), QuadMapping.gdelt()))
        .read(new BufferedReader(new StringReader(text)), "t.csv", agg);
    return agg.result();
  }

  @Test
  void icewsSampleGivesTheUsaNorthKoreaCountsAndMeanIntensityOfAnIndependentCount() throws IOException {
    Path file = SharedData.events("icews-events.2018.sample.tab");
    // Independent computation: straight from the Source/Target Country names and the Intensity column.
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int date = header.indexOf("Event Date");
    int src = header.indexOf("Source Country");
    int tgt = header.indexOf("Target Country");
    int intensity = header.indexOf("Intensity");
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Double> sums = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      boolean usPrk = f[src].equals("United States") && f[tgt].equals("North Korea")
          || f[src].equals("North Korea") && f[tgt].equals("United States");
      if (usPrk) {
        counts.computeIfAbsent(f[date], k -> new long[1])[0]++;
        sums.merge(f[date], Double.parseDouble(f[intensity]), Double::sum);
      }
    }
    // The research note's figures: 200 events, mean 2.83 on 06-01; 112 events, mean 2.73 on 06-02.
    assertThat(counts.keySet()).containsExactly("2018-06-01", "2018-06-02");
    assertThat(counts.get("2018-06-01")[0]).isEqualTo(200);
    assertThat(counts.get("2018-06-02")[0]).isEqualTo(112);

    AggregationResult r = read(EventFormat.ICEWS, GoldsteinTable.Variant.ICEWS,
        Files.readString(file, StandardCharsets.UTF_8), USA_PRK_BY_DAY);
    assertThat(r.rejected()).isZero();
    assertThat(r.accepted()).isEqualTo(3705);
    assertThat(r.unknownCountryNames()).isEmpty();
    assertThat(r.stats()).extracting(DyadPeriodStats::period).containsExactly("2018-06-01", "2018-06-02");
    for (DyadPeriodStats s : r.stats()) {
      String day = s.period();
      assertThat(s.events()).isEqualTo(counts.get(day)[0]);
      assertThat(s.goldsteinMean()).isCloseTo(sums.get(day) / counts.get(day)[0], org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(r.stats().get(0).goldsteinMean()).isCloseTo(2.83, org.assertj.core.data.Offset.offset(0.005));
    assertThat(r.stats().get(1).goldsteinMean()).isCloseTo(2.73, org.assertj.core.data.Offset.offset(0.005));
  }

  @Test
  void readsRStyleCsvWithQuotesRowNamesAndNa() throws IOException {
    String csv = """
        "","GLOBALEVENTID","SQLDATE","Actor1CountryCode","Actor2CountryCode","IsRootEvent","EventCode","NumSources"
        "1",1,20180601,"USA","PRK",1,"040",2
        "2",2,20180601,"PRK","USA",NA,"173",NA
        "3",3,20180601,NA,"USA",1,"040",1
        "4",4,20180601,"USA","PRK",1,"42",1
        "5",5,NA,"USA","PRK",1,"040",1
        """;
    AggregationResult r = read(EventFormat.CSV, GoldsteinTable.Variant.GDELT, csv, USA_PRK_BY_DAY);
    assertThat(r.accepted()).isEqualTo(3);
    assertThat(r.matched()).isEqualTo(2);
    assertThat(r.firstRejections()).extracting(x -> x.location().line() + " " + x.code())
        .containsExactly("5 bad-event-code", "6 missing-value");
    assertThat(r.stats().get(0).goldsteinSum()).isEqualTo(1.0 - 5.0);
  }

  @Test
  void readsBigQueryCsvWithTabsAndEmptyMissingValues() throws IOException {
    String tsv = "SQLDATE\tActor1CountryCode\tActor2CountryCode\tEventCode\n"
        + "20180601\tUSA\tPRK\t010\n20180601\t\tPRK\t010\n";
    AggregationResult r = read(EventFormat.CSV, GoldsteinTable.Variant.GDELT, tsv, USA_PRK_BY_DAY);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.matched()).isEqualTo(1);
  }

  @Test
  void missingRequiredColumnIsAnErrorOfTheWholeFile() {
    String icews = "Event ID\tEvent Date\tSource Country\tTarget Country\tIntensity\n1\t2018-06-01\tChina\tJapan\t1\n";
    assertThatThrownBy(() -> read(EventFormat.ICEWS, GoldsteinTable.Variant.ICEWS, icews, USA_PRK_BY_DAY))
        .isInstanceOf(UserException.class).hasMessageContaining("t.csv:1").hasMessageContaining("CAMEO Code");
  }

  @Test
  void rootOnlyFilterOnIcewsDataIsRefusedRatherThanIgnored() {
    String icews = "Event ID\tEvent Date\tSource Country\tTarget Country\tCAMEO Code\n";
    EventFilter rootOnly = new EventFilter(List.of(Dyad.parse("USA-PRK")), Period.DAY, null, null, true, 0);
    assertThatThrownBy(() -> read(EventFormat.ICEWS, GoldsteinTable.Variant.ICEWS, icews, rootOnly))
        .isInstanceOf(UserException.class).hasMessageContaining("IsRootEvent");
  }

  @Test
  void icewsInvalidCodeBadDateAndUnknownCountryAreReported() throws IOException {
    String icews = "Event ID\tEvent Date\tSource Country\tTarget Country\tCAMEO Code\n"
        + "1\t2018-06-01\tUnited States\tNorth Korea\t13y\n"
        + "2\t2018-06-31\tUnited States\tNorth Korea\t040\n"
        + "3\t2018-06-01\tAtlantis\tNorth Korea\t040\n"
        + "4\t2018-06-01\tUnited States\n";
    AggregationResult r = read(EventFormat.ICEWS, GoldsteinTable.Variant.ICEWS, icews, USA_PRK_BY_DAY);
    assertThat(r.firstRejections()).extracting(x -> x.location().line() + " " + x.code())
        .containsExactly("2 bad-event-code", "3 bad-date", "5 column-count");
    assertThat(r.unknownCountryNames()).containsEntry("Atlantis", 1L);
    assertThat(r.accepted()).isEqualTo(1);
  }

  @Test
  void csvDatesMayBeCompactOrIso() throws IOException {
    String csv = "SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode\n2018-06-01,USA,PRK,040\n20180601,USA,PRK,040\n"
        + "2018/06/01,USA,PRK,040\n";
    AggregationResult r = read(EventFormat.CSV, GoldsteinTable.Variant.GDELT, csv, USA_PRK_BY_DAY);
    assertThat(r.stats()).singleElement().satisfies(s -> assertThat(s.events()).isEqualTo(2));
    assertThat(r.firstRejections()).singleElement().satisfies(x -> assertThat(x.message()).contains("2018/06/01"));
  }

  /** RFC 4180: a quoted field may hold newlines (and "" for a quote); line numbers stay the file's. */
  private static final String MULTI_LINE_CSV = String.join("\n",
      "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,Notes",
      "1,20180601,USA,PRK,040,\"first line",
      "second line, with a comma",
      "\"\"quoted\"\" third\"",
      "2,20180601,USA,PRK,13y,plain",
      "3,20180602,PRK,USA,\"0874\",\"several",
      "",
      "lines, one empty\"",
      "4,20180602,PRK,USA,042x,x",
      "5,20180603,USA,PRK,\"\"\"quoted\"\" code\",x",
      "6,20180603,USA,PRK,190,\"one line\"") + "\n";

  @Test
  void csvQuotedFieldsMaySpanLinesAndLaterRowsKeepTheirLineNumbers() throws IOException {
    for (String text : List.of(MULTI_LINE_CSV, MULTI_LINE_CSV.replace("\n", "\r\n"))) {
      AggregationResult r = read(EventFormat.CSV, GoldsteinTable.Variant.GDELT, text, USA_PRK_BY_DAY);
      assertThat(r.firstRejections()).extracting(x -> x.location().line() + " " + x.code())
          .containsExactly("5 bad-event-code", "9 bad-event-code", "10 bad-event-code");
      assertThat(r.accepted()).isEqualTo(3);
      assertThat(r.lines()).isEqualTo(11);
      assertThat(r.stats()).extracting(DyadPeriodStats::period, DyadPeriodStats::events)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("2018-06-01", 1L),
              org.assertj.core.groups.Tuple.tuple("2018-06-02", 1L), org.assertj.core.groups.Tuple.tuple("2018-06-03", 1L));
    }
  }

  @Test
  void aQuotedFieldThatNeverClosesCostsOneRowNotTheRestOfTheFile() throws IOException {
    String csv = String.join("\n",
        "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,Notes",
        "1,20180601,USA,PRK,040,\"never closed",
        "2,20180601,USA,PRK,040,x",
        "3,20180601,USA,PRK,13y,x",
        "4,20180601,USA,PRK,040,x") + "\n";
    AggregationResult r = read(EventFormat.CSV, GoldsteinTable.Variant.GDELT, csv, USA_PRK_BY_DAY);
    assertThat(r.firstRejections()).extracting(x -> x.location().line() + " " + x.code())
        .containsExactly("2 bad-quoting", "4 bad-event-code");
    assertThat(r.firstRejections().get(0).message()).contains("before the end of the file");
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.lines()).isEqualTo(5);
    StringBuilder long1 = new StringBuilder("SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,Notes\n")
        .append("20180601,USA,PRK,040,\"open\n");
    for (int i = 0; i < TableReader.MAX_RECORD_LINES + 5; i++) {
      long1.append("20180601,USA,PRK,040,x\n");
    }
    AggregationResult many = read(EventFormat.CSV, GoldsteinTable.Variant.GDELT, long1.toString(), USA_PRK_BY_DAY);
    assertThat(many.firstRejections()).singleElement().satisfies(x -> {
      assertThat(x.location().line()).isEqualTo(2);
      assertThat(x.message()).contains("within " + TableReader.MAX_RECORD_LINES + " lines");
    });
    assertThat(many.accepted()).isEqualTo(TableReader.MAX_RECORD_LINES + 5);
  }

  @Test
  void aMultiLineCsvFileReadsTheSameThroughTheAggregator(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Path file = Files.writeString(dir.resolve("m.csv"), MULTI_LINE_CSV);
    AggregationResult r = EventAggregator.defaults().withThreads(2).aggregate(List.of(file), USA_PRK_BY_DAY);
    assertThat(r.firstRejections()).extracting(x -> x.location().toString() + " " + x.code())
        .containsExactly(file + ":5 bad-event-code", file + ":9 bad-event-code", file + ":10 bad-event-code");
    assertThat(r.accepted()).isEqualTo(3);
  }
}
