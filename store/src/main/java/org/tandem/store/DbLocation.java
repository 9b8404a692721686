package org.tandem.store;

import java.nio.file.Path;
import java.util.Map;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * Where the tracker's database is: a JDBC URL and the product it names.
 *
 * @param url the JDBC URL given to the driver
 * @param vendor the database product
 */
public record DbLocation(String url, Vendor vendor) {
  /** The environment variable that chooses the database when {@code --db} is not given. */
  public static final String ENV = "TANDEM_DB";

  /**
   * Resolves the database to use: the {@code --db} option if given, else {@value #ENV}, else an
   * embedded H2 file {@code tandem} in {@code ~/.tandem/}. A value starting with {@code jdbc:} is
   * a JDBC URL; anything else is the path of an H2 database file (with or without its
   * {@code .mv.db} suffix).
   *
   * @param option the {@code --db} value, or null
   * @param env the process environment
   * @param home the user's home directory
   */
  public static DbLocation resolve(String option, Map<String, String> env, Path home) {
    if (option != null && !option.isBlank()) {
      return parse(option, "--db");
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return parse(fromEnv, ENV);
    }
    return h2File(home.resolve(".tandem").resolve("tandem"));
  }

  /** Parses a path or JDBC URL; {@code origin} names where it came from in error messages. */
  public static DbLocation parse(String value, String origin) {
    if (value.regionMatches(true, 0, "jdbc:", 0, 5)) {
      Vendor vendor = Vendor.of(value).orElseThrow(() -> UserException.of("unsupported-database",
          Location.of(origin), "'" + value + "' is not an H2 or PostgreSQL JDBC URL (expected jdbc:h2:... or "
              + "jdbc:postgresql://host/database)"));
      return new DbLocation(value, vendor);
    }
    String path = value.endsWith(".mv.db") ? value.substring(0, value.length() - ".mv.db".length()) : value;
    return h2File(Path.of(path));
  }

  /**
   * An H2 file database that several processes can use at once: with AUTO_SERVER the first process
   * to open the file serves it to the others over a local TCP port, and when that process ends,
   * the next to connect takes over (AUTO_RECONNECT lets a connection follow it; a transaction cut
   * off in between is run again, see {@link Database#inTransaction}). WRITE_DELAY=0 writes every
   * commit to the file before the commit returns, so that an acknowledged record survives the
   * process being killed.
   */
  public static DbLocation h2File(Path file) {
    return new DbLocation("jdbc:h2:file:" + file.toAbsolutePath().normalize()
        + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;WRITE_DELAY=0", Vendor.H2);
  }

  /** The URL without a password, to print. */
  public String display() {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
