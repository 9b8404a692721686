package org.tandem.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.tandem.store.Database;
import org.tandem.store.DbLocation;
import picocli.CommandLine.Option;

/** The options every {@code tandem db} and {@code tandem track} command takes. */
final class DbOptions {
  private final Clock clock;

  /** Options on the system clock (UTC). */
  DbOptions() {
    this(Clock.systemUTC());
  }

  /** Options whose commands take {@code clock} as the time of recording and as today. */
  DbOptions(Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Option(names = "--db", paramLabel = "PATH|JDBC_URL",
      description = "The database: an H2 file path or a jdbc:h2:/jdbc:postgresql: URL (default: $TANDEM_DB, "
          + "else ~/.tandem/tandem).")
  String db;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** Opens (and if needed creates and migrates) the chosen database. */
  Database open() {
    return open(db);
  }

  /** Opens the database a {@code --db} value names (null: $TANDEM_DB, else ~/.tandem/tandem). */
  static Database open(String db) {
    return Database.open(DbLocation.resolve(db, System.getenv(), Path.of(System.getProperty("user.home"))));
  }

  /** The clock of recording and of "today": the system's in UTC unless the command line was given another. */
  Clock clock() {
    return clock;
  }

  boolean json() {
    return format == OutputFormat.json;
  }
}
