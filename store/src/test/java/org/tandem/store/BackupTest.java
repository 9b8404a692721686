package org.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
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
  void backupRestoreBackupGivesTheSameBytesAndTheSameRows() {
    byte[] first;
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      fill(db);
      first = backup(db);
    }
    try (Database other = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      int rows = Backup.restore(other, new ByteArrayInputStream(first), "b.json");
      assertThat(rows).isEqualTo(5);
      assertThat(new String(backup(other), StandardCharsets.UTF_8)).isEqualTo(new String(first,
          StandardCharsets.UTF_8));
      // New rows continue after the restored ids instead of colliding with them.
      Tracker tracker = new Tracker(other, CLOCK, "tester");
      long next = tracker.record(null, List.of(new StatusInput(Location.of("t"), "us-signalling", "implementing",
          "2018-07-01", "src", null, null, null))).added().get(0);
      assertThat(next).isEqualTo(3);
    }
  }

  @Test
  void restoresAcrossDatabaseProducts() {
    byte[] first;
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      fill(db);
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
      assertThat(Backup.counts(db).get("status_entry")).isEqualTo(2);
    }
  }

  @Test
  void aMalformedBackupIsAUserErrorAndWritesNothing() {
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream("{\"format\": ".getBytes(
          StandardCharsets.UTF_8)), "b.json")).isInstanceOf(UserException.class).hasMessageStartingWith("b.json:1:");
      byte[] wrongDate = ("{\"format\":\"tandem-backup\",\"schemaVersion\":\"2\",\"tables\":{\"roadmap\":[{\"id\":\"x\","
          + "\"scenario_source\":\"s\",\"scenario_sha256\":\"0\",\"scenario_text\":\"t\",\"starts_on\":\"2012-10-01\","
          + "\"recorded_by\":\"u\",\"recorded_at\":\"2020-01-01T00:00:00Z\"}],\"status_entry\":[{\"id\":1,"
          + "\"roadmap_id\":\"x\",\"step_id\":\"s\",\"status\":\"agreed\",\"happened_on\":\"June\",\"source\":\"s\","
          + "\"recorded_by\":\"u\",\"recorded_at\":\"2020-01-01T00:00:00Z\",\"content_key\":\"k\"}],"
          + "\"score_entry\":[],\"observation\":[]}}").getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> Backup.restore(db, new ByteArrayInputStream(wrongDate), "b.json"))
          .isInstanceOf(UserException.class).hasMessageContaining("column happened_on");
      assertThat(Backup.counts(db).values()).containsOnly(0);
    }
  }
}
