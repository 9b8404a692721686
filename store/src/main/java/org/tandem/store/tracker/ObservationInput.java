package org.tandem.store.tracker;

import org.tandem.core.error.Location;

/**
 * An observation as typed or read, unparsed: {@code value} is a number or {@code LOW:HIGH}.
 *
 * @param corrects the id of an earlier observation this one supersedes, or null
 */
public record ObservationInput(Location location, String series, String date, String value, String method,
    String source, String note, String corrects) {}
