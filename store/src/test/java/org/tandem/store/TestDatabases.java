package org.tandem.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty databases for tests: an H2 file in a temporary directory, or a new database on one
 * embedded PostgreSQL server started once per JVM (and stopped when the JVM exits).
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static String postgresFailure;

  private TestDatabases() {}

  /** A new empty database of the given product; PostgreSQL tests are skipped if it cannot start. */
  public static DbLocation fresh(Vendor vendor, Path tempDir) {
    if (vendor == Vendor.H2) {
      return DbLocation.h2File(tempDir.resolve("db" + COUNTER.incrementAndGet()).resolve("tandem"));
    }
    EmbeddedPostgres pg = postgres();
    String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return DbLocation.parse("jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres", "test");
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null && postgresFailure == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
        EmbeddedPostgres started = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            started.close();
          } catch (IOException e) {
            // the JVM is exiting; the server's directory is temporary
          }
        }));
      } catch (IOException | RuntimeException e) {
        postgresFailure = e.toString();
      }
    }
    Assumptions.assumeTrue(postgres != null,
        () -> "PostgreSQL tests skipped: embedded PostgreSQL did not start (" + postgresFailure + ")");
    return postgres;
  }

  /** The single value of a one-row, one-column query. */
  public static <T> T one(Database db, String sql, Class<T> type) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(type).one());
  }
}
