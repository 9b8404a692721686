package org.tandem.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jdbi.v3.core.Jdbi;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * An open tracker database, migrated to the current schema. Connections come from a small pool,
 * each one its own session, so that threads can work at once.
 */
public final class Database implements AutoCloseable {
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
      Flyway.configure()
          .dataSource(dataSource)
          .locations(location.vendor().migrations())
          .failOnMissingLocations(true)
          .load()
          .migrate();
      return new Database(location, dataSource);
    } catch (FlywayException | IllegalStateException e) {
      dataSource.close();
      String cause = rootMessage(e);
      if (location.vendor() == Vendor.H2 && (cause.contains("file is locked") || cause.contains("already in use"))) {
        throw UserException.of("database-in-use", Location.of(location.display()), "the H2 database file is in use by "
            + "another process (an H2 file serves one process at a time; use PostgreSQL for several): " + cause);
      }
      throw UserException.of("database-unavailable", Location.of(location.display()),
          "cannot open or migrate the database: " + cause);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
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
