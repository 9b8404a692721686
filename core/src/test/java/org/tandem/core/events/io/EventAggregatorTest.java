package org.tandem.core.events.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.error.UserException;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.Dyad;
import org.tandem.core.events.DyadPeriodStats;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.EventRecord;
import org.tandem.core.events.GdeltRows;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.Period;

class EventAggregatorTest {
  private static final EventFilter FILTER = new EventFilter(
      List.of(Dyad.parse("USA-PRK"), Dyad.parse("CHN>USA")), Period.MONTH, null, null, false, 0);
  private static final String[] COUNTRIES = {"USA", "PRK", "CHN", "KOR", ""};
  private static final String[] CODES = {"010", "040", "0874", "112", "13y", "173", "190", "1213", "057"};

  /** A GDELT 1.0 file of about {@code bytes} bytes with a rejected row every so often. */
  private static Path gdeltFile(Path dir, long bytes) throws IOException {
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(42L);
    Path file = dir.resolve("big.tsv");
    try (OutputStream out = Files.newOutputStream(file)) {
      long written = 0;
      while (written < bytes) {
        String date = String.format(java.util.Locale.ROOT, "2018%02d%02d", 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        String row = GdeltRows.row(57 + rng.nextInt(2), date, COUNTRIES[rng.nextInt(COUNTRIES.length)],
            COUNTRIES[rng.nextInt(COUNTRIES.length)], "1", CODES[rng.nextInt(CODES.length)], "2") + "\n";
        byte[] b = row.getBytes(StandardCharsets.UTF_8);
        out.write(b);
        written += b.length;
      }
    }
    return file;
  }

  @Test
  void splittingAFileAcrossThreadsGivesExactlyTheSinglePassResult(@TempDir Path dir) throws IOException {
    Path file = gdeltFile(dir, 3 * EventAggregator.SPLIT_BYTES);
    AggregationResult one = EventAggregator.defaults().aggregate(List.of(file), FILTER);
    for (int threads : new int[] {2, 3, 7}) {
      AggregationResult many = EventAggregator.defaults().withThreads(threads).aggregate(List.of(file), FILTER);
      assertThat(many).isEqualTo(one);
      assertThat(many.stats()).usingRecursiveFieldByFieldElementComparator().isEqualTo(one.stats());
    }
    assertThat(one.rejected()).isPositive();
    assertThat(one.firstRejections()).hasSize(100);
    assertThat(one.stats()).extracting(DyadPeriodStats::dyad).containsOnly("USA-PRK", "CHN>USA");
  }

  @Test
  void reportsProgressUpToTheFileSize(@TempDir Path dir) throws IOException {
    Path file = gdeltFile(dir, EventAggregator.SPLIT_BYTES * 2);
    AtomicLong max = new AtomicLong();
    EventAggregator.defaults().withThreads(2).withProgress(d -> max.accumulateAndGet(d, Math::max))
        .aggregate(List.of(file), FILTER);
    assertThat(max.get()).isEqualTo(Files.size(file));
  }

  @Test
  void readsADirectoryAndZippedGdeltTwoFiles(@TempDir Path dir) throws IOException {
    Path inputs = Files.createDirectory(dir.resolve("in"));
    Files.writeString(inputs.resolve("a.tsv"), GdeltRows.row("20180601", "USA", "PRK", "040") + "\n");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(inputs.resolve("b.export.CSV.zip")))) {
      zip.putNextEntry(new ZipEntry("20180601000000.export.CSV"));
      String rows = GdeltRows.row(61, "20180601", "PRK", "USA", "1", "173", "1") + "\n"
          + GdeltRows.row(61, "20180601", "PRK", "USA", "1", "13y", "1") + "\n";
      zip.write(rows.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    List<Path> files = EventAggregator.expand(List.of(inputs));
    assertThat(files).hasSize(2);
    AggregationResult r = EventAggregator.defaults().aggregate(files, FILTER);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.stats()).singleElement().satisfies(s -> assertThat(s.events()).isEqualTo(2));
    assertThat(r.firstRejections()).singleElement().satisfies(x -> assertThat(x.location().toString())
        .endsWith("b.export.CSV.zip!20180601000000.export.CSV:2"));
    assertThat(r.columnLayouts()).containsKeys(58, 61);
  }

  @Test
  void aZipNamedFileThatIsNotAZipArchiveIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
    // ZipInputStream finds no entry in such a file, so without a check it read as an empty archive.
    Path text = Files.writeString(dir.resolve("notzip.zip"), "text\n");
    Path empty = Files.write(dir.resolve("empty.zip"), new byte[0]);
    for (Path file : List.of(text, empty)) {
      assertThatThrownBy(() -> EventAggregator.defaults().aggregate(List.of(file), FILTER))
          .isInstanceOf(UserException.class).hasMessageStartingWith(file + ": ")
          .hasMessageContaining("not a zip archive").hasMessageContaining("[not-a-zip]");
    }
  }

  @Test
  void aValidZipWithNoEntryHoldsNoRowsLikeAnEmptyFile(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("none.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.setComment("no entries");
    }
    Path plain = Files.write(dir.resolve("none.tsv"), new byte[0]);
    AggregationResult fromZip = EventAggregator.defaults().aggregate(List.of(zip), FILTER);
    assertThat(fromZip).isEqualTo(EventAggregator.defaults().aggregate(List.of(plain), FILTER));
    assertThat(fromZip.accepted()).isZero();
    assertThat(fromZip.rejected()).isZero();
  }

  @Test
  void aCsvWithIcewsColumnNamesInAnotherLetterCaseTakesTheIcewsTable(@TempDir Path dir) throws IOException {
    // 016 is -5.0 in the ICEWS table and -2.0 in GDELT's. Columns are found whatever their letter
    // case, so the table must be chosen by the same rule, for plain files and zip entries alike.
    String csv = "event id,event date,source country,cameo code,target country\n"
        + "1,2018-06-01,United States,016,North Korea\n";
    Path plain = Files.writeString(dir.resolve("icews.csv"), csv, StandardCharsets.UTF_8);
    Path zip = dir.resolve("icews.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("icews.csv"));
      out.write(csv.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    for (Path file : List.of(plain, zip)) {
      AggregationResult r = EventAggregator.defaults().aggregate(List.of(file), FILTER);
      assertThat(r.stats()).singleElement().satisfies(s -> assertThat(s.goldsteinTenthsSum()).isEqualTo(-50));
    }
    AggregationResult forced = EventAggregator.defaults().withGoldstein(GoldsteinTable.of(GoldsteinTable.Variant.GDELT))
        .aggregate(List.of(plain), FILTER);
    assertThat(forced.stats()).singleElement().satisfies(s -> assertThat(s.goldsteinTenthsSum()).isEqualTo(-20));
  }

  @Test
  void tableFilesStartingWithBlankLinesAreReadWithLinesCountedFromTheFileStart(@TempDir Path dir) throws IOException {
    Path icews = Files.writeString(dir.resolve("icews.tab"), "\n\r\nEvent ID\tEvent Date\tSource Country\t"
        + "Target Country\tCAMEO Code\n1\t2018-06-01\tUnited States\tNorth Korea\t016\n"
        + "2\t2018-06-01\tUnited States\tNorth Korea\t13y\n", StandardCharsets.UTF_8);
    Path csv = Files.writeString(dir.resolve("gdelt.csv"), "\uFEFF\n\nSQLDATE,Actor1CountryCode,Actor2CountryCode,"
        + "EventCode\n20180601,USA,PRK,016\n20180601,USA,PRK,13y\n", StandardCharsets.UTF_8);
    for (Path file : List.of(icews, csv)) {
      AggregationResult r = EventAggregator.defaults().aggregate(List.of(file), FILTER);
      assertThat(r.accepted()).isEqualTo(1);
      assertThat(r.firstRejections()).singleElement().satisfies(x -> {
        assertThat(x.location().line()).isEqualTo(5);
        assertThat(x.code()).isEqualTo("bad-event-code");
      });
      // Each file keeps the table of its source: ICEWS -5.0, GDELT -2.0 for 016.
      assertThat(r.stats()).singleElement().satisfies(s -> assertThat(s.goldsteinTenthsSum())
          .isEqualTo(file == icews ? -50 : -20));
    }
    Path noCode = Files.writeString(dir.resolve("nocode.tab"), "\n\nEvent ID\tEvent Date\tSource Country\t"
        + "Target Country\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EventAggregator.defaults().aggregate(List.of(noCode), FILTER))
        .isInstanceOf(UserException.class).hasMessageStartingWith(noCode + ":3:").hasMessageContaining("CAMEO Code");
  }

  @Test
  void strictModeThrowsTheFirstRejectedRowWithItsLocation(@TempDir Path dir) throws IOException {
    Path file = gdeltFile(dir, 3 * EventAggregator.SPLIT_BYTES);
    AggregationResult lenient = EventAggregator.defaults().aggregate(List.of(file), FILTER);
    String first = lenient.firstRejections().get(0).location().toString();
    for (int threads : new int[] {1, 3}) {
      assertThatThrownBy(() -> EventAggregator.defaults().withStrict(true).withThreads(threads)
          .aggregate(List.of(file), FILTER))
          .isInstanceOf(UserException.class).hasMessageStartingWith(first + ": ").hasMessageContaining("13y");
    }
  }

  @Test
  void namesAMissingInputAndAFormatItCannotTell(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> EventAggregator.expand(List.of(dir.resolve("nope"))))
        .isInstanceOf(UserException.class).hasMessageContaining("nope");
    Path odd = Files.writeString(dir.resolve("odd.tsv"), "1\t2\t3\n");
    assertThatThrownBy(() -> EventAggregator.defaults().aggregate(List.of(odd), FILTER))
        .isInstanceOf(UserException.class).hasMessageContaining("odd.tsv:1");
    AggregationResult forced = EventAggregator.defaults().withFormat(EventFormat.GDELT1).aggregate(List.of(odd), FILTER);
    assertThat(forced.firstRejections()).singleElement().satisfies(x -> assertThat(x.code()).isEqualTo("column-count"));
  }

  @Test
  void aSinkGetsEveryAcceptedRowInOrderWithTheSameCountsAsWithoutOne(@TempDir Path dir) throws IOException {
    Path file = gdeltFile(dir, 3 * EventAggregator.SPLIT_BYTES);
    List<EventRecord> rows = new ArrayList<>();
    AggregationResult withSink = EventAggregator.defaults().withThreads(4).aggregate(List.of(file), FILTER, rows::add);
    AggregationResult without = EventAggregator.defaults().withThreads(4).aggregate(List.of(file), FILTER);
    assertThat(withSink).usingRecursiveComparison().isEqualTo(without);
    assertThat(rows).hasSize((int) without.accepted());
    assertThat(rows).allSatisfy(r -> assertThat(r.family()).isEqualTo("gdelt"));
  }

  @Test
  void aCsvSinkTakesTheEventIdColumnAndRejectsRowsWithoutAnId(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("e.csv"), "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,"
        + "EventCode\n11,20180601,USA,PRK,040\n,20180602,USA,PRK,040\n", StandardCharsets.UTF_8);
    List<EventRecord> rows = new ArrayList<>();
    AggregationResult r = EventAggregator.defaults().aggregate(List.of(file), FILTER, rows::add);
    assertThat(rows).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo("11");
      assertThat(e.code()).isEqualTo("040");
      assertThat(e.sourceCountry()).isEqualTo("USA");
      assertThat(e.root()).isEqualTo(-1);
    });
    assertThat(r.firstRejections()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("missing-value");
      assertThat(x.location().line()).isEqualTo(3);
    });
    Path noId = Files.writeString(dir.resolve("n.csv"), "SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode\n"
        + "20180601,USA,PRK,040\n", StandardCharsets.UTF_8);
    assertThat(EventAggregator.defaults().aggregate(List.of(noId), FILTER).accepted()).isEqualTo(1);
    assertThatThrownBy(() -> EventAggregator.defaults().aggregate(List.of(noId), FILTER, rows::add))
        .isInstanceOf(UserException.class).hasMessageContaining("GLOBALEVENTID");
  }

  @Test
  void withASinkAnIdTooLongToStoreRejectsItsRowAndWithoutOneTheIdIsNotRead(@TempDir Path dir) throws IOException {
    String longId = "9".repeat(EventRecord.MAX_ID_LENGTH + 1);
    Path csv = Files.writeString(dir.resolve("e.csv"), "GLOBALEVENTID,SQLDATE,Actor1CountryCode,Actor2CountryCode,"
        + "EventCode\n" + longId + ",20180601,USA,PRK,040\n12,20180602,USA,PRK,040\n", StandardCharsets.UTF_8);
    String[] gdeltRow = GdeltRows.row("20180601", "USA", "PRK", "040").split("\t", -1);
    gdeltRow[0] = longId;
    Path tsv = Files.writeString(dir.resolve("e.tsv"), GdeltRows.row("20180602", "USA", "PRK", "040") + "\n"
        + String.join("\t", gdeltRow) + "\n", StandardCharsets.UTF_8);
    for (Path file : List.of(csv, tsv)) {
      List<EventRecord> rows = new ArrayList<>();
      AggregationResult stored = EventAggregator.defaults().aggregate(List.of(file), FILTER, rows::add);
      assertThat(rows).singleElement().satisfies(e -> assertThat(e.id()).hasSizeLessThan(3));
      assertThat(stored.firstRejections()).singleElement().satisfies(x -> {
        assertThat(x.code()).isEqualTo("bad-event-id");
        assertThat(x.location().line()).isEqualTo(2);
        assertThat(x.message()).contains("at most 40 characters").contains("(41 characters)");
      });
      // events aggregate stores nothing and does not read ids (as with a missing id): both rows count.
      assertThat(EventAggregator.defaults().aggregate(List.of(file), FILTER).accepted()).isEqualTo(2);
    }
  }
}
