package org.tandem.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * The {@code --given EVENT=OUTCOME} options of a command as a map, refusing an entry without an
 * outcome and an event given twice (a map option would silently keep the last).
 */
final class Givens {
  private Givens() {}

  static Map<String, String> parse(List<String> entries) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String entry : entries) {
      Location where = Location.of("--given " + entry);
      int eq = entry.indexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw UserException.of("wrong-type", where, "expected EVENT=OUTCOME, e.g. us-election-2012=republican");
      }
      String event = entry.substring(0, eq).trim();
      String outcome = entry.substring(eq + 1).trim();
      String before = given.put(event, outcome);
      if (before != null) {
        throw UserException.of("duplicate-key", where, "'" + event + "' is already given as '" + before
            + "': give each event once");
      }
    }
    return given;
  }
}
