package org.tandem.store.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.core.error.UserException;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.Dyad;
import org.tandem.core.events.DyadPeriodStats;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.Period;
import org.tandem.core.events.io.EventAggregator;
import org.tandem.store.Database;
import org.tandem.store.TestDatabases;
import org.tandem.store.Vendor;

@ParameterizedClass
@EnumSource(Vendor.class)
class EventStoreTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
  static final EventFilter USA_PRK_DAYS = new EventFilter(List.of(Dyad.parse("USA-PRK")), Period.DAY, null, null,
      false, 0);

  @Parameter Vendor vendor;
  @TempDir Path tempDir;
  Database db;
  EventStore store;

  @BeforeEach
  void open() {
    db = Database.open(TestDatabases.fresh(vendor, tempDir));
    store = new EventStore(db, CLOCK);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Path icewsSample() {
    String dir = System.getProperty("tandem.shared.dir");
    assumeTrue(dir != null, "tandem.shared.dir not set; skipping (needs data/events/icews-events.2018.sample.tab)");
    Path path = Path.of(dir, "data", "events", "icews-events.2018.sample.tab");
    assumeTrue(Files.isRegularFile(path), "missing test data file " + path + "; skipping");
    return path;
  }

  /** A GDELT 1.0 row (58 columns). */
  static String row(String id, String date, String a1, String a2, String code) {
    String[] f = new String[58];
    Arrays.fill(f, "");
    f[0] = id;
    f[1] = date;
    f[7] = a1;
    f[17] = a2;
    f[25] = "1";
    f[26] = code;
    f[32] = "2";
    return String.join("\t", f);
  }

  @Test
  void storedIcewsSampleAggregatesExactlyAsTheFileDoes() {
    Path file = icewsSample();
    IngestResult done = store.ingest(file, EventAggregator.defaults());
    assertThat(done.format()).isEqualTo("icews");
    assertThat(done.read().accepted()).isEqualTo(3705);
    assertThat(done.newEvents()).isEqualTo(store.count()).isPositive();

    AggregationResult fromDb = store.aggregate(USA_PRK_DAYS, null, null);
    AggregationResult fromFile = EventAggregator.defaults().aggregate(List.of(file), USA_PRK_DAYS);
    assertThat(fromDb.stats()).hasSize(2);
    DyadPeriodStats first = fromDb.stats().get(0);
    assertThat(first.period()).isEqualTo("2018-06-01");
    assertThat(first.events()).isEqualTo(200);
    assertThat(String.format("%.2f", first.goldsteinMean())).isEqualTo("2.83");
    DyadPeriodStats second = fromDb.stats().get(1);
    assertThat(second.period()).isEqualTo("2018-06-02");
    assertThat(second.events()).isEqualTo(112);
    assertThat(String.format("%.2f", second.goldsteinMean())).isEqualTo("2.73");
    assertThat(fromDb.stats()).usingRecursiveFieldByFieldElementComparator().isEqualTo(fromFile.stats());
  }

  @Test
  void ingestingTheSameFileTwiceAddsNoEventButRecordsBothIngests() {
    Path file = icewsSample();
    IngestResult first = store.ingest(file, EventAggregator.defaults());
    long stored = store.count();
    IngestResult again = store.ingest(file, EventAggregator.defaults());
    assertThat(again.newEvents()).isZero();
    assertThat(again.alreadyStored()).isEqualTo(again.read().accepted());
    assertThat(again.sha256()).isEqualTo(first.sha256()).hasSize(64);
    assertThat(store.count()).isEqualTo(stored);
    assertThat(store.ingestedFiles()).isEqualTo(2);
    assertThat(TestDatabases.one(db, "SELECT COUNT(DISTINCT sha256) FROM ingested_file", Integer.class)).isEqualTo(1);
  }

  @Test
  void aMalformedFileStoresItsGoodRowsAndReportsTheBadOnesWithTheirLine() throws IOException {
    Path file = Files.writeString(tempDir.resolve("e.tsv"), String.join("\n", row("1", "20180601", "USA", "PRK", "040"),
        row("2", "20180602", "PRK", "USA", "13y"), row("3", "20180603", "PRK", "USA", "190"), "4\t2") + "\n");
    IngestResult done = store.ingest(file, EventAggregator.defaults());
    assertThat(done.read().accepted()).isEqualTo(2);
    assertThat(done.read().rejected()).isEqualTo(2);
    assertThat(done.read().firstRejections().get(0).toString()).startsWith(file + ":2:");
    assertThat(done.newEvents()).isEqualTo(2);
    assertThat(store.count()).isEqualTo(2);
    AggregationResult agg = store.aggregate(USA_PRK_DAYS, null, null);
    assertThat(agg.stats()).extracting(DyadPeriodStats::period).containsExactly("2018-06-01", "2018-06-03");
  }

  @Test
  void aStrictIngestOfAMalformedFileStoresNothingOfIt() throws IOException {
    Path file = Files.writeString(tempDir.resolve("e.tsv"), String.join("\n", row("1", "20180601", "USA", "PRK", "040"),
        row("2", "20180602", "PRK", "USA", "13y"), row("3", "20180603", "PRK", "USA", "190")) + "\n");
    assertThatThrownBy(() -> store.ingest(file, EventAggregator.defaults().withStrict(true)))
        .isInstanceOf(UserException.class).hasMessageContaining(file + ":2:");
    assertThat(store.count()).isZero();
    assertThat(store.ingestedFiles()).isZero();
  }

  @Test
  void aZipNamedFileThatIsNotAZipArchiveIsRefusedAndLeavesNoIngestedFileRow() throws IOException {
    Path file = Files.writeString(tempDir.resolve("notzip.zip"), "text\n");
    assertThatThrownBy(() -> store.ingest(file, EventAggregator.defaults()))
        .isInstanceOf(UserException.class).hasMessageContaining(file.toString()).hasMessageContaining("not a zip archive");
    assertThat(store.ingestedFiles()).isZero();
    assertThat(store.count()).isZero();
  }

  @Test
  void aZipWithNoEntryIsIngestedAsNoRowsLikeAnEmptyFile() throws IOException {
    Path zip = tempDir.resolve("none.zip");
    new ZipOutputStream(Files.newOutputStream(zip)).close();
    Path plain = Files.write(tempDir.resolve("none.tsv"), new byte[0]);
    IngestResult fromZip = store.ingest(zip, EventAggregator.defaults());
    IngestResult fromPlain = store.ingest(plain, EventAggregator.defaults());
    assertThat(fromZip.format()).isEqualTo("zip");
    assertThat(fromZip.read()).isEqualTo(fromPlain.read());
    assertThat(fromZip.read().accepted()).isZero();
    assertThat(store.ingestedFiles()).isEqualTo(2);
    assertThat(store.count()).isZero();
  }

  @Test
  void anEventIdTheDatabaseCannotHoldRejectsItsRowAndTheRestOfTheFileIsStored() throws IOException {
    // event_id is VARCHAR(40), and PostgreSQL text cannot hold a NUL character: such a row used to
    // fail the insert with a database error and roll back the whole file.
    String forty = "1".repeat(40);
    Path gdelt = Files.writeString(tempDir.resolve("e.tsv"), String.join("\n", row(forty, "20180601", "USA", "PRK", "040"),
        row(forty + "1", "20180602", "PRK", "USA", "040"), row("3\u00004", "20180603", "PRK", "USA", "190"),
        row("5", "20180604", "USA", "PRK", "190")) + "\n");
    IngestResult done = store.ingest(gdelt, EventAggregator.defaults());
    assertThat(done.read().accepted()).isEqualTo(2);
    assertThat(done.read().firstRejections()).extracting(x -> x.location().line() + " " + x.code())
        .containsExactly("2 bad-event-id", "3 bad-event-id");
    assertThat(done.read().firstRejections().get(0).message()).contains("41 characters");
    assertThat(done.newEvents()).isEqualTo(2);
    assertThat(TestDatabases.one(db, "SELECT COUNT(*) FROM event WHERE event_id = '" + forty + "'", Integer.class))
        .isEqualTo(1);

    Path icews = Files.writeString(tempDir.resolve("i.tab"), "Event ID\tEvent Date\tSource Country\t"
        + "Target Country\tCAMEO Code\n" + "x".repeat(41) + "\t2018-06-01\tUnited States\tNorth Korea\t040\n"
        + "7\t2018-06-01\tUnited States\tNorth Korea\t040\n");
    IngestResult fromIcews = store.ingest(icews, EventAggregator.defaults());
    assertThat(fromIcews.read().firstRejections()).extracting(x -> x.location().line() + " " + x.code())
        .containsExactly("2 bad-event-id");
    assertThat(fromIcews.newEvents()).isEqualTo(1);
    assertThat(store.count()).isEqualTo(3);
    assertThat(store.ingestedFiles()).isEqualTo(2);
  }

  @Test
  void twoIngestsOfTheSameEventsAtOnceBothSucceedAndStoreEachEventOnce() throws Exception {
    // The second transaction meets the first one's uncommitted keys: it waits, then collides on the
    // key (or its lock wait times out), rolls back and runs again, finding the events stored.
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      rows.append(row(String.valueOf(1_000_000 + i), "20180601", "USA", "PRK", "040")).append('\n');
    }
    Path file = Files.writeString(tempDir.resolve("same.tsv"), rows);
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = two.submit(() -> store.ingest(file, EventAggregator.defaults()));
      var second = two.submit(() -> store.ingest(file, EventAggregator.defaults()));
      assertThat(first.get().newEvents() + second.get().newEvents()).isEqualTo(20_000);
    } finally {
      two.shutdown();
    }
    assertThat(store.count()).isEqualTo(20_000);
    assertThat(store.ingestedFiles()).isEqualTo(2);
  }

  @Test
  void onlyCollisionsOnTheSameEventsAreRunAgain() {
    assertThat(EventStore.collided(new RuntimeException(new java.sql.SQLException("dup", "23505")))).isTrue();
    assertThat(EventStore.collided(new RuntimeException(new java.sql.SQLException("lock", "HYT00")))).isTrue();
    assertThat(EventStore.collided(new RuntimeException(new java.sql.SQLException("syntax", "42000")))).isFalse();
    assertThat(EventStore.collided(new IllegalStateException("no SQL"))).isFalse();
  }

  @Test
  void eventIdsAreUniquePerSourceFormatAndDuplicatesInOneFileAreStoredOnce() throws IOException {
    Path file = Files.writeString(tempDir.resolve("e.tsv"), String.join("\n", row("7", "20180601", "USA", "PRK", "040"),
        row("7", "20180601", "USA", "PRK", "040"), row("8", "20180602", "USA", "PRK", "190")) + "\n");
    IngestResult done = store.ingest(file, EventAggregator.defaults());
    assertThat(done.newEvents()).isEqualTo(2);
    assertThat(done.alreadyStored()).isEqualTo(1);
    assertThat(TestDatabases.one(db, "SELECT COUNT(*) FROM event WHERE source_format = 'gdelt' AND event_id = '7'",
        Integer.class)).isEqualTo(1);
  }

  @Test
  void filtersByDateRootFlagAndSourcesLikeTheFileAggregation() throws IOException {
    String[] noRoot = row("9", "20180605", "USA", "PRK", "040").split("\t", -1);
    noRoot[25] = "0";
    Path file = Files.writeString(tempDir.resolve("e.tsv"), String.join("\n", row("1", "20180601", "USA", "PRK", "040"),
        row("2", "20180603", "PRK", "USA", "190"), String.join("\t", noRoot)) + "\n");
    store.ingest(file, EventAggregator.defaults());
    EventFilter filter = new EventFilter(List.of(Dyad.parse("USA-PRK")), Period.MONTH, LocalDate.of(2018, 6, 2),
        null, true, 2);
    AggregationResult fromDb = store.aggregate(filter, null, null);
    AggregationResult fromFile = EventAggregator.defaults().aggregate(List.of(file), filter);
    assertThat(fromDb.stats()).hasSize(1);
    assertThat(fromDb.stats().get(0).events()).isEqualTo(1);
    assertThat(fromDb.stats()).usingRecursiveFieldByFieldElementComparator().isEqualTo(fromFile.stats());
  }

  @Test
  void storedEventsAndIngestedFilesAreAppendOnly() throws IOException {
    Path file = Files.writeString(tempDir.resolve("e.tsv"), row("1", "20180601", "USA", "PRK", "040") + "\n");
    store.ingest(file, EventAggregator.defaults());
    for (String sql : List.of("UPDATE event SET num_sources = 9", "DELETE FROM event", "DELETE FROM ingested_file")) {
      assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(sql)))
          .isInstanceOf(UnableToExecuteStatementException.class).hasMessageContaining("append-only");
    }
    assertThat(store.count()).isEqualTo(1);
    assertThat(TestDatabases.one(db, "SELECT ingested_at FROM ingested_file", java.time.OffsetDateTime.class)
        .toInstant()).isEqualTo(CLOCK.instant());
  }
}
