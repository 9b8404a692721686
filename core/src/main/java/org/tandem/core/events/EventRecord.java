package org.tandem.core.events;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One accepted event row as it is stored: what {@link PartialAggregate#accept} counts, plus the
 * source's event id and the CAMEO code as text.
 *
 * @param family the id space of {@code id}: {@code gdelt} (GDELT 1.0, 2.0 and GDELT CSV share
 *     GLOBALEVENTID) or {@code icews}
 * @param sourceCountry ISO alpha-3 of actor 1, or null when the row names none
 * @param targetCountry ISO alpha-3 of actor 2, or null
 * @param goldsteinTenths the Goldstein value in tenths, from the table the reader used
 * @param quad quad class 1 to 4 from the reader's root-to-quad mapping
 * @param root IsRootEvent 1 or 0, or -1 when the format has no such column
 * @param sources NumSources, or -1 when the format has no such column
 */
public record EventRecord(String family, String id, LocalDate date, String sourceCountry, String targetCountry,
    String code, int goldsteinTenths, int quad, int root, int sources) {
  /**
   * The longest event id that can be stored: the width of the database's {@code event_id} column
   * ({@code VARCHAR(40)}, store migration {@code V2__events.sql}). GDELT's GLOBALEVENTID and ICEWS's
   * Event ID are numbers of about ten digits.
   */
  public static final int MAX_ID_LENGTH = 40;

  /**
   * Every value is one the database's {@code event} table holds, so that storing a record cannot
   * fail on a value: readers reject a row whose id is not storable (see {@link #idProblem}) before
   * they make a record of it, and check the code and countries as they read them.
   */
  public EventRecord {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(code, "code");
    String problem = idProblem(id);
    if (problem != null) {
      throw new IllegalArgumentException("event id cannot be stored: found " + problem);
    }
    if (!CameoCode.isValid(code)) {
      throw new IllegalArgumentException("not a CAMEO code: \"" + code + "\"");
    }
    if (sourceCountry != null && Countries.idOfCode(sourceCountry) == Countries.NONE
        || targetCountry != null && Countries.idOfCode(targetCountry) == Countries.NONE) {
      throw new IllegalArgumentException("countries must be three capital letters or null, were " + sourceCountry
          + " and " + targetCountry);
    }
    if (goldsteinTenths < -100 || goldsteinTenths > 100) {
      throw new IllegalArgumentException("Goldstein value must be -10.0 to 10.0, was " + goldsteinTenths + " tenths");
    }
    if (quad < 1 || quad > 4) {
      throw new IllegalArgumentException("quad class must be 1 to 4, was " + quad);
    }
  }

  /**
   * Why an event id cannot be stored, as what was found (for a message "expected ..., found ..."),
   * or null when it can: it must have 1 to {@link #MAX_ID_LENGTH} characters and no control
   * character (PostgreSQL text cannot hold NUL, and a line break or tab in an id is a quoting
   * mistake rather than an id).
   */
  public static String idProblem(String id) {
    if (id.isEmpty()) {
      return "an empty id";
    }
    if (id.length() > MAX_ID_LENGTH) {
      return "\"" + id.substring(0, MAX_ID_LENGTH) + "...\" (" + id.length() + " characters)";
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isISOControl(c)) {
        return String.format(Locale.ROOT, "an id with the control character U+%04X at character %d", (int) c,
            i + 1);
      }
    }
    return null;
  }

  /** The alpha-3 code of a country id, or null for {@link Countries#NONE}. */
  public static String country(int id) {
    return id < 0 ? null : Countries.code(id);
  }
}
