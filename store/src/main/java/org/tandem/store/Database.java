package org.tandem.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * An open tracker database, migrated to the current schema. Connections come from a small pool,
 * each one its own session, so that threads can work at once.
 */
public final class Database implements AutoCloseable {
  /**
   * Times a piece of work is tried when its connection is lost: on an H2 file shared by several
   * processes, the process that serves the file may end while another is in a transaction.
   */
  static final int ATTEMPTS = 6;

  private final DbLocation location;
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(DbLocation location, HikariDataSource dataSource) {
    this.location = location;
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Opens the database and applies every migration it lacks (from the folder of its product
   * only). A database that cannot be reached, or whose schema is newer than this tandem, is a user
   * error naming the database.
   */
  public static Database open(DbLocation location) {
    Objects.requireNonNull(location, "location");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(location.url());
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    config.setPoolName("tandem");
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(10_000);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      Flyway flyway = Flyway.configure()
          .dataSource(dataSource)
          .locations(location.vendor().migrations())
          .failOnMissingLocations(true)
          .load();
      refuseNewerSchema(flyway, location); // before migrate, which would log a warning and go on
      flyway.migrate();
      return new Database(location, dataSource);
    } catch (FlywayException | IllegalStateException e) {
      dataSource.close();
      String cause = rootMessage(e);
      if (location.vendor() == Vendor.H2 && (cause.contains("file is locked") || cause.contains("already in use"))) {
        throw UserException.of("database-in-use", Location.of(location.display()), "the H2 database file is in use by "
            + "another process (a jdbc:h2: URL without AUTO_SERVER=TRUE serves one process at a time; give the file "
            + "as a path, or add ;AUTO_SERVER=TRUE to the URL): " + cause);
      }
      throw UserException.of("database-unavailable", Location.of(location.display()),
          "cannot open or migrate the database: " + cause);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * A migration applied by a later tandem (Flyway calls it "future" and only logs it) means tables
   * this version does not know: writing or backing up such a database could lose what they hold.
   */
  private static void refuseNewerSchema(Flyway flyway, DbLocation location) {
    MigrationInfoService info = flyway.info();
    String known = "none";
    boolean future = false;
    for (MigrationInfo migration : info.all()) {
      if (migration.getState().name().startsWith("FUTURE")) {
        future = true;
      } else if (migration.getVersion() != null) {
        known = migration.getVersion().getVersion();
      }
    }
    if (future) {
      throw UserException.of("schema-too-new", Location.of(location.display()), "the database has schema version "
          + info.current().getVersion().getVersion() + ", newer than this tandem's " + known
          + ": open it with the tandem version that migrated it");
    }
  }

  /** Where it is. */
  public DbLocation location() {
    return location;
  }

  /** The data layer's entry point. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The version of the newest applied migration, e.g. {@code 1}. */
  public String schemaVersion() {
    MigrationInfo current = Flyway.configure().dataSource(dataSource).locations(location.vendor().migrations())
        .load().info().current();
    return current == null ? "none" : current.getVersion().getVersion();
  }

  /**
   * Runs {@code work} in one transaction. If the connection is lost before the transaction ends
   * (on a shared H2 file, when the process serving the file exits; on PostgreSQL, a dropped
   * connection), the transaction has rolled back, and the whole of {@code work} runs again on a
   * new connection, up to {@link #ATTEMPTS} times. Work must therefore be safe to repeat: the
   * tracker's writes are, since a row already stored (by content) is not stored again, which also
   * covers a commit that succeeded just before the connection was lost.
   */
  public <R> R inTransaction(HandleCallback<R, RuntimeException> work) {
    return retrying(() -> jdbi.inTransaction(work));
  }

  /** Runs read-only {@code work} on a connection, again on a new one if the connection is lost. */
  public <R> R withHandle(HandleCallback<R, RuntimeException> work) {
    return retrying(() -> jdbi.withHandle(work));
  }

  private <R> R retrying(Supplier<R> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !connectionLost(e)) {
          throw e;
        }
        // The pool's other connections went to the same lost server: drop them all.
        dataSource.getHikariPoolMXBean().softEvictConnections();
        try {
          // The next process takes over serving an H2 file within a few hundred milliseconds.
          Thread.sleep(100L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /**
   * Whether {@code e} was caused by the connection to the database being lost or unavailable: a
   * connection exception in its causes, or in what was suppressed while cleaning up after it. The
   * second covers H2 2.x, which reports a batch cut off by the serving process's exit as a general
   * error (a NullPointerException inside its remote session), while restoring the connection's
   * state afterwards fails with "database is already closed".
   */
  static boolean connectionLost(Throwable e) {
    return connectionLost(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
  }

  private static boolean connectionLost(Throwable t, java.util.Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return false;
    }
    if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
      return true;
    }
    for (Throwable suppressed : t.getSuppressed()) {
      if (connectionLost(suppressed, seen)) {
        return true;
      }
    }
    return connectionLost(t.getCause(), seen);
  }

  /** The database product's name and version as its driver reports them. */
  public String product() {
    return jdbi.withHandle(h -> {
      try {
        var meta = h.getConnection().getMetaData();
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
