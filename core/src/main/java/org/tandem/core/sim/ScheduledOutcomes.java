package org.tandem.core.sim;

import java.util.List;
import org.tandem.core.error.Location;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.Event;
import org.tandem.core.scenario.Outcome;
import org.tandem.core.scenario.Scenario;

/**
 * Checks an outcome that a command fixes for a scheduled event ({@code --given}, or each outcome of
 * compare's {@code --vary}): the event must be a scheduled event of the scenario, the outcome one of
 * its outcomes, and its date inside the simulated months, or it would never fire.
 */
public final class ScheduledOutcomes {
  private ScheduledOutcomes() {}

  /**
   * @param where the option as the user wrote it, where an error is reported
   * @param never the end of the message for an event outside the simulated months, e.g. "no outcome
   *     can be given for it"
   */
  public static void check(Scenario s, String eventId, String outcomeId, Location where, String never) {
    Event.Scheduled event = s.events().stream().filter(e -> e instanceof Event.Scheduled && e.id().equals(eventId))
        .map(e -> (Event.Scheduled) e).findFirst().orElse(null);
    if (event == null) {
      List<String> ids = s.events().stream().filter(e -> e instanceof Event.Scheduled).map(Event::id).toList();
      throw UserException.of("unknown-id", where, "'" + eventId + "' is not a scheduled event of '" + s.id()
          + "' (scheduled events: " + String.join(", ", ids) + ")" + Suggestions.hint(eventId, ids));
    }
    List<String> ids = event.outcomes().stream().map(Outcome::id).toList();
    if (!ids.contains(outcomeId)) {
      throw UserException.of("unknown-id", where, "'" + outcomeId + "' is not an outcome of '" + eventId
          + "' (outcomes: " + String.join(", ", ids) + ")" + Suggestions.hint(outcomeId, ids));
    }
    if (event.date().isBefore(s.start()) || event.date().isAfter(s.horizon())) {
      throw UserException.of("out-of-range", where, "'" + eventId + "' is dated " + event.date() + ", outside the"
          + " simulated months " + s.start() + " to " + s.horizon() + ", so it never fires and " + never);
    }
  }
}
