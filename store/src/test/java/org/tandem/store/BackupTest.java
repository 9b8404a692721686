package org.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.events.AggregationResult;
import org.tandem.core.events.Dyad;
import org.tandem.core.events.EventFilter;
import org.tandem.core.events.Period;
import org.tandem.core.events.io.EventAggregator;
import org.tandem.store.events.EventStore;
import org.tandem.store.tracker.ObservationInput;
import org.tandem.store.tracker.ScoreInput;
import org.tandem.store.tracker.StatusInput;
import org.tandem.store.tracker.Tracker;

@ParameterizedClass
@EnumSource(Vendor.class)
class BackupTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-15T10:00:00.987654321Z"), ZoneOffset.UTC);

  @Parameter Vendor vendor;
  @TempDir Path tempDir;

  static byte[] backup(Database db) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Backup.write(db, out);
    return out.toByteArray();
  }

  /** A GDELT 1.0 row (58 columns). */
  static String gdeltRow(String id, String date, String a1, String a2, String root, String code, String sources) {
    String[] f = new String[58];
    Arrays.fill(f, "");
    f[0] = id;
    f[1] = date;
    f[7] = a1;
    f[17] = a2;
    f[25] = root;
    f[26] = code;
    f[32] = sources;
    return String.join("\t", f);
  }

  /**
   * Stores events of both id spaces: GDELT rows (root flag 0 and 1, no country, a code that falls
   * back to its parent, a negative and a fractional Goldstein value) and ICEWS rows in a CSV export
   * (no root flag, no source count, a country name the table does not know).
   */
  static void fillEvents(Database db, Path dir) throws IOException {
    Path gdelt = Files.writeString(dir.resolve("g.tsv"), String.join("\n",
        gdeltRow("101", "20180601", "USA", "PRK", "1", "040", "2"),
        gdeltRow("102", "20180601", "PRK", "USA", "0", "1382", "1"),
        gdeltRow("103", "20180602", "", "PRK", "1", "0874", "12"),
        gdeltRow("104", "20180603", "KOR", "PRK", "1", "1834", "3"),
        gdeltRow("105", "20180603", "USA", "PRK", "1", "13y", "3")) + "\n");
    Path icews = Files.writeString(dir.resolve("i.csv"), String.join("\n",
        "Event ID,Event Date,Source Country,CAMEO Code,Target Country",
        "9001,2018-06-01,United States,016,North Korea",
        "9002,2018-06-02,North Korea,\"022\",United States",
        "9003,2018-06-02,Atlantis,190,North Korea") + "\n");
    EventStore store = new EventStore(db, CLOCK);
    store.ingest(gdelt, EventAggregator.defaults());
    store.ingest(icews, EventAggregator.defaults());
    store.ingest(gdelt, EventAggregator.defaults());
  }

  static final EventFilter USA_PRK_DAYS = new EventFilter(List.of(Dyad.parse("USA-PRK"), Dyad.parse("KOR>PRK")),
      Period.DAY, null, null, false, 0);

  static void fill(Database db) {
    Tracker tracker = new Tracker(db, CLOCK, "tester");
    tracker.init(Scenarios.load("korea-2012"));
    long first = tracker.record(null, List.of(new StatusInput(Location.of("t"), "us-signalling", "agreed",
        "2018-06-21", "src", "a \"quote\"\nover lines", null, null))).added().get(0);
    tracker.record(null, List.of(new StatusInput(Location.of("t"), "us-signalling", "agreed", "2018-06-12", "src",
        null, "corrected date", Long.toString(first))));
    tracker.setScore(null, new ScoreInput(Location.of("t"), "us-signalling", "2018", "1", "talks only", null));
    tracker.observe(List.of(new ObservationInput(Location.of("t"), "warheads", "2019-01-01", "0.1:33.333333333333336",
        "m", "s", null, null)));
  }

  @Test
  void backupRestoreBackupGivesTheSameBytesAndTheSameRows() throws IOException {
    byte[] first;
    AggregationResult stored;
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      fill(db);
      fillEvents(db, tempDir);
      stored = new EventStore(db, CLOCK).aggregate(USA_PRK_DAYS, null, null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(Backup.write(db, out)).isEqualTo(5 + 3 + 7);
      first = out.toByteArray();
    }
    try (Database other = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      assertThat(Backup.counts(other)).containsOnlyKeys("roadmap", "status_entry", "score_entry", "observation",
          "ingested_file", "event");
      long rows = Backup.restore(other, new ByteArrayInputStream(first), "b.json");
      assertThat(rows).isEqualTo(5 + 3 + 7);
      assertThat(new String(backup(other), StandardCharsets.UTF_8)).isEqualTo(new String(first,
          StandardCharsets.UTF_8));
      assertThat(Backup.counts(other)).containsEntry("ingested_file", 3L).containsEntry("event", 7L);
      EventStore events = new EventStore(other, CLOCK);
      assertThat(events.aggregate(USA_PRK_DAYS, null, null)).isEqualTo(stored);
      // The restored keys are there: ingesting the file again stores no event twice, and the new
      // ingested_file row continues after the restored ids.
      assertThat(events.ingest(tempDir.resolve("g.tsv"), EventAggregator.defaults()).newEvents()).isZero();
      assertThat(TestDatabases.one(other, "SELECT MAX(id) FROM ingested_file", Long.class)).isEqualTo(4);
      // New rows continue after the restored ids instead of colliding with them.
      Tracker tracker = new Tracker(other, CLOCK, "tester");
      long next = tracker.record(null, List.of(new StatusInput(Location.of("t"), "us-signalling", "implementing",
          "2018-07-01", "src", null, null, null))).added().get(0);
      assertThat(next).isEqualTo(3);
    }
  }

  @Test
  void restoresAcrossDatabaseProducts() throws IOException {
    byte[] first;
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      fill(db);
      fillEvents(db, tempDir);
      first = backup(db);
    }
    Vendor otherVendor = vendor == Vendor.H2 ? Vendor.POSTGRESQL : Vendor.H2;
    try (Database other = Database.open(TestDatabases.fresh(otherVendor, tempDir))) {
      Backup.restore(other, new ByteArrayInputStream(first), "b.json");
      assertThat(backup(other)).isEqualTo(first);
    }
  }

  @Test
  void refusesToRestoreIntoADatabaseThatHasRows() {
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      fill(db);
      byte[] bytes = backup(db);
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream(bytes), "b.json"))
          .isInstanceOf(UserException.class).hasMessageContaining("restore needs an empty database");
      assertThat(Backup.counts(db).get("status_entry")).isEqualTo(2L);
    }
  }

  @Test
  void aMalformedBackupIsAUserErrorAndWritesNothing() throws IOException {
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream("{\"format\": ".getBytes(
          StandardCharsets.UTF_8)), "b.json")).isInstanceOf(UserException.class).hasMessageStartingWith("b.json:1:");
      byte[] wrongDate = ("{\"format\":\"tandem-backup\",\"formatVersion\":1,\"schemaVersion\":\"2\",\"tables\":{\"roadmap\":[{\"id\":\"x\","
          + "\"scenario_source\":\"s\",\"scenario_sha256\":\"0\",\"scenario_text\":\"t\",\"starts_on\":\"2012-10-01\","
          + "\"recorded_by\":\"u\",\"recorded_at\":\"2020-01-01T00:00:00Z\"}],\"status_entry\":[{\"id\":1,"
          + "\"roadmap_id\":\"x\",\"step_id\":\"s\",\"status\":\"agreed\",\"happened_on\":\"June\",\"source\":\"s\","
          + "\"quote\":null,\"note\":null,\"supersedes\":null,\"recorded_by\":\"u\",\"recorded_at\":\"2020-01-01T00:00:00Z\",\"content_key\":\"k\"}],"
          + "\"score_entry\":[],\"observation\":[]}}").getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream(wrongDate), "b.json"))
          .isInstanceOf(UserException.class).hasMessageContaining("column happened_on");
      assertThat(Backup.counts(db).values()).containsOnly(0L);
    }
  }

  @Test
  void aTruncatedBackupIsOneLineAtItsEndWithoutTheParsersInternalText() throws IOException {
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      byte[] truncated = ("{\"format\":\"tandem-backup\",\"formatVersion\":1,\"schemaVersion\":\"2\","
          + "\"tables\":{\"roadmap\":[").getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream(truncated), "b.json"))
          .isInstanceOf(UserException.class)
          .hasMessageStartingWith("b.json:1:" + (truncated.length + 1) + ": error: not a JSON backup:")
          .hasMessageContaining("start marker at line 1, column " + truncated.length)
          .hasMessageNotContaining("Source");
      assertThat(Backup.counts(db).values()).containsOnly(0L);
    }
  }

  @Test
  void aWrongValueInAnEventRowNamesTheTableRowAndColumnAndWritesNothing() throws IOException {
    byte[] good;
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      fillEvents(db, tempDir);
      good = backup(db);
    }
    String text = new String(good, StandardCharsets.UTF_8);
    String badRoot = text.replaceFirst("\"is_root\" : true", "\"is_root\" : \"yes\"");
    assertThat(badRoot).isNotEqualTo(text);
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream(badRoot.getBytes(StandardCharsets.UTF_8)),
          "b.json")).isInstanceOf(UserException.class)
          .hasMessageContaining("table event, row 1, column is_root: expected true or false, found \"yes\"");
      String later = text.replaceFirst("\"formatVersion\" : 2", "\"formatVersion\" : 3");
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream(later.getBytes(StandardCharsets.UTF_8)),
          "b.json")).isInstanceOf(UserException.class).hasMessageContaining("written by a later tandem");
      String laterSchema = text.replaceFirst("\"schemaVersion\" : \"2\"", "\"schemaVersion\" : \"3\"");
      assertThat(laterSchema).isNotEqualTo(text);
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream(laterSchema.getBytes(
          StandardCharsets.UTF_8)), "b.json")).isInstanceOf(UserException.class)
          .hasMessageContaining("the backup has schema version 3 but this database has 2");
      String outOfRange = text.replaceFirst("\"goldstein\" : 1.0", "\"goldstein\" : 11.0");
      assertThat(outOfRange).isNotEqualTo(text);
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream(outOfRange.getBytes(
          StandardCharsets.UTF_8)), "b.json")).isInstanceOf(UserException.class)
          .hasMessageContaining("table event, rows 1 to 7: the database refused them");
      // Values the database would take but change, and columns lost or misspelt: each is refused.
      String[][] silentChanges = {
          {"\"goldstein\" : 1.0", "\"goldstein\" : 1.25", "column goldstein: expected a number with at most one"},
          {"\"quad_class\" : 1", "\"quad_class\" : 4294967297", "column quad_class: expected a whole number from"},
          {"\"is_root\" : true,", "", "column is_root is missing"},
          {"\"is_root\" : true", "\"is_root\" : true, \"is_rot\" : true", "unknown column is_rot"}};
      for (String[] change : silentChanges) {
        String changed = text.replaceFirst(java.util.regex.Pattern.quote(change[0]), change[1]);
        assertThat(changed).as(change[0]).isNotEqualTo(text);
        assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)),
            "b.json")).isInstanceOf(UserException.class).hasMessageContaining("table event, row ").hasMessageContaining(change[2]);
      }
      String noEvents = text.replaceFirst("\"event\" : \\[", "\"events\" : [");
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream(noEvents.getBytes(StandardCharsets.UTF_8)),
          "b.json")).isInstanceOf(UserException.class).hasMessageContaining("unknown table events");
      assertThat(Backup.counts(db).values()).containsOnly(0L);
    }
  }

  @Test
  void restoresAFormatVersionOneBackupWhichHeldTheTrackerTablesOnly() {
    byte[] current;
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      fill(db);
      current = backup(db);
    }
    // As tandem wrote it before schema version 2 added the event tables.
    String v1 = new String(current, StandardCharsets.UTF_8).replaceFirst("\"formatVersion\" : 2", "\"formatVersion\" : 1")
        .replaceFirst("\"schemaVersion\" : \"2\"", "\"schemaVersion\" : \"1\"")
        .replaceFirst(",\\s*\"ingested_file\" : \\[ \\],\\s*\"event\" : \\[ \\]", "");
    assertThat(v1).doesNotContain("ingested_file").contains("\"schemaVersion\" : \"1\"");
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      assertThat(Backup.restore(db, new ByteArrayInputStream(v1.getBytes(StandardCharsets.UTF_8)), "b.json"))
          .isEqualTo(5);
      assertThat(backup(db)).isEqualTo(current);
    }
  }

  @Test
  void anOlderSchemaIsRestoredOnlyWhenEveryMigrationSinceAddedTablesOnly() {
    assertThat(Backup.onlyTablesAddedSince("1", "2")).isTrue();
    assertThat(Backup.onlyTablesAddedSince("2", "1")).isFalse();
    assertThat(Backup.onlyTablesAddedSince("0", "2")).isFalse();
    assertThat(Backup.onlyTablesAddedSince("1", "3")).isFalse(); // 3 is not known to add tables only
    assertThat(Backup.onlyTablesAddedSince("one", "2")).isFalse();
  }
}
