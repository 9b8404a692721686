package org.tandem.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.core.events.GoldsteinTable;
import org.tandem.core.events.QuadMapping;
import org.tandem.core.events.io.LookupFiles;

/** The values of the events commands' {@code --goldstein} and {@code --quad-map} options. */
final class EventTables {
  private EventTables() {}

  /**
   * {@code gdelt} or {@code icews} for a shipped table, or the path of a table file
   * ({@link LookupFiles#goldstein}); null for none.
   */
  static GoldsteinTable goldstein(String option) {
    if (option == null) {
      return null;
    }
    for (GoldsteinTable.Variant v : GoldsteinTable.Variant.values()) {
      if (v.id().equals(option)) {
        return GoldsteinTable.of(v);
      }
    }
    Path file = Path.of(option);
    if (!Files.isRegularFile(file)) {
      throw UserException.of("bad-option", Location.of("--goldstein"), "expected gdelt, icews or a table file, found \""
          + option + "\", which is neither (no such file)");
    }
    return LookupFiles.goldstein(file);
  }

  /**
   * The path of a mapping file ({@link LookupFiles#quads}), or the items themselves, e.g.
   * {@code 01-05:1,06-09:2,10-14:3,15-20:4}; null for GDELT's mapping.
   */
  static QuadMapping quads(String option) {
    if (option == null) {
      return null;
    }
    Path file = Path.of(option);
    if (Files.isRegularFile(file)) {
      return LookupFiles.quads(file);
    }
    if (option.indexOf(':') < 0) {
      throw UserException.of("bad-option", Location.of("--quad-map"), "expected a mapping file or ROOT:QUAD items, "
          + "found \"" + option + "\", which is neither (no such file)");
    }
    try {
      return QuadMapping.parse(option);
    } catch (IllegalArgumentException e) {
      throw UserException.of("bad-option", Location.of("--quad-map"), e.getMessage());
    }
  }
}
