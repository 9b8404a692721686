package org.tandem.store;

import java.util.Locale;

/**
 * The database products tandem runs on. Each has its own folder of migrations, chosen here in code:
 * Flyway's {@code {vendor}} placeholder only works under Spring Boot, and an unresolved location
 * would run no migration at all.
 */
public enum Vendor {
  H2("h2"),
  POSTGRESQL("postgresql");

  private final String folder;

  Vendor(String folder) {
    this.folder = folder;
  }

  /** The Flyway location of this product's migrations. */
  public String migrations() {
    return "classpath:db/migration/" + folder;
  }

  /** The product a JDBC URL names, or empty when tandem does not support it. */
  public static java.util.Optional<Vendor> of(String jdbcUrl) {
    String lower = jdbcUrl.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return java.util.Optional.of(H2);
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return java.util.Optional.of(POSTGRESQL);
    }
    return java.util.Optional.empty();
  }
}
