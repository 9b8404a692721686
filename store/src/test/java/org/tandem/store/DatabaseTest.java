package org.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.core.error.UserException;

@ParameterizedClass
@EnumSource(Vendor.class)
class DatabaseTest {
  @Test
  void onlyLostConnectionsAreRetried() {
    assertThat(Database.connectionLost(new IllegalStateException(new java.sql.SQLNonTransientConnectionException(
        "Connection is broken")))).isTrue();
    assertThat(Database.connectionLost(new RuntimeException(new java.sql.SQLException("gone", "08006")))).isTrue();
    assertThat(Database.connectionLost(new RuntimeException(new java.sql.SQLException("duplicate", "23505"))))
        .isFalse();
    assertThat(Database.connectionLost(UserException.of("x", org.tandem.core.error.Location.of("y"), "z"))).isFalse();
    // H2 reports a batch cut off by the serving process's exit as a general error; the cleanup after
    // it finds the connection closed.
    RuntimeException general = new RuntimeException(new java.sql.SQLException("General error", "50000"));
    general.addSuppressed(new IllegalStateException(new java.sql.SQLNonTransientConnectionException(
        "Database is already closed")));
    assertThat(Database.connectionLost(general)).isTrue();
  }

  @Parameter Vendor vendor;
  @TempDir Path tempDir;

  @Test
  void migratesAnEmptyDatabaseToTheCurrentSchemaFromItsOwnVendorFolder() {
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      assertThat(db.schemaVersion()).isEqualTo("2");
      assertThat(TestDatabases.one(db, "SELECT COUNT(*) FROM status_entry", Integer.class)).isZero();
    }
  }

  @Test
  void reopeningAMigratedDatabaseAppliesNothingAndKeepsItsRows() {
    DbLocation location = TestDatabases.fresh(vendor, tempDir);
    try (Database db = Database.open(location)) {
      db.jdbi().useHandle(h -> h.execute("INSERT INTO observation (series, observed_on, low, high, method, source, "
          + "recorded_by, recorded_at, content_key) VALUES ('s', DATE '2015-01-01', 1, 2, 'm', 'src', 'u', "
          + "TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', 'k')"));
    }
    try (Database db = Database.open(location)) {
      assertThat(db.schemaVersion()).isEqualTo("2");
      assertThat(TestDatabases.one(db, "SELECT COUNT(*) FROM observation", Integer.class)).isEqualTo(1);
    }
  }

  @Test
  void refusesADatabaseMigratedByALaterTandem() {
    DbLocation location = TestDatabases.fresh(vendor, tempDir);
    try (Database db = Database.open(location)) {
      // As a later tandem's migration V3 would have left it (Flyway's own table, lower-case names).
      db.jdbi().useHandle(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
          + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
          + " VALUES (99, '3', 'later', 'SQL', 'V3__later.sql', 0, 'u', 0, TRUE)"));
    }
    assertThatThrownBy(() -> Database.open(location)).isInstanceOf(UserException.class)
        .hasMessageContaining("the database has schema version 3, newer than this tandem's 2");
  }

  @Test
  void refusesToUpdateOrDeleteAnyRowEvenThroughRawSql() {
    try (Database db = Database.open(TestDatabases.fresh(vendor, tempDir))) {
      db.jdbi().useHandle(h -> h.execute("INSERT INTO observation (series, observed_on, low, high, method, source, "
          + "recorded_by, recorded_at, content_key) VALUES ('s', DATE '2015-01-01', 1, 2, 'm', 'src', 'u', "
          + "TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', 'k')"));
      assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE observation SET low = 0")))
          .isInstanceOf(UnableToExecuteStatementException.class).hasMessageContaining("append-only");
      assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DELETE FROM observation")))
          .isInstanceOf(UnableToExecuteStatementException.class).hasMessageContaining("append-only");
      assertThat(TestDatabases.one(db, "SELECT low FROM observation", Double.class))
          .isEqualTo(1.0);
    }
  }

  @Test
  void anUnreachableDatabaseIsAUserErrorNamingIt() {
    DbLocation nowhere = vendor == Vendor.H2
        ? DbLocation.parse("jdbc:h2:file:" + tempDir.resolve("missing") + ";IFEXISTS=TRUE", "--db")
        : DbLocation.parse("jdbc:postgresql://localhost:1/none?user=x&password=secret&connectTimeout=2", "--db");
    assertThatThrownBy(() -> Database.open(nowhere)).isInstanceOf(UserException.class)
        .hasMessageContaining("cannot open or migrate the database").hasMessageNotContaining("secret");
  }
}
