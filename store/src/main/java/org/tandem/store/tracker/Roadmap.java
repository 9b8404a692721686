package org.tandem.store.tracker;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.tandem.core.check.Scenarios;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.Scenario;

/**
 * A tracked copy of a scenario: reality is recorded against its steps, so the text is kept as it
 * was when tracking began.
 *
 * @param id the scenario's id
 * @param source the file or built-in it was read from
 * @param sha256 hex SHA-256 of the scenario's bytes
 * @param text the scenario's text
 * @param startsOn the first day of the scenario's first month; nothing earlier can be recorded
 */
public record Roadmap(String id, String source, String sha256, String text, LocalDate startsOn, String recordedBy,
    Instant recordedAt) {

  /** The scenario, parsed again from the stored text. */
  public Scenario scenario() {
    var result = Scenarios.check(text.getBytes(StandardCharsets.UTF_8), id);
    if (!result.ok()) {
      throw new UserException(result.diagnostics().stream().filter(d -> d.isError()).toList());
    }
    return result.scenario();
  }
}
