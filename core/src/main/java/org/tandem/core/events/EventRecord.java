package org.tandem.core.events;

import java.time.LocalDate;
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

  public EventRecord {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(code, "code");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("event id must not be empty");
    }
    if (quad < 1 || quad > 4) {
      throw new IllegalArgumentException("quad class must be 1 to 4, was " + quad);
    }
  }

  /** The alpha-3 code of a country id, or null for {@link Countries#NONE}. */
  public static String country(int id) {
    return id < 0 ? null : Countries.code(id);
  }
}
