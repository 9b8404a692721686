package org.tandem.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.tandem.store.Database;
import org.tandem.store.DbLocation;
import picocli.CommandLine.Option;

/** The options every {@code tandem db} and {@code tandem track} command takes. */
final class DbOptions {
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

  /** The clock of recording: the system's, in UTC. */
  Clock clock() {
    return Clock.systemUTC();
  }

  boolean json() {
    return format == OutputFormat.json;
  }
}
