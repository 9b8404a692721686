package org.tandem.store.tracker;

import org.tandem.core.error.Location;

/**
 * A status change as the user typed it (command line) or wrote it (a row of an import file):
 * fields are unparsed text, checked by {@link Tracker#record}. Absent optional fields are null or
 * blank.
 *
 * @param location where it came from, for error messages
 * @param corrects the id of an earlier entry this one supersedes, or null
 */
public record StatusInput(Location location, String step, String status, String date, String source, String quote,
    String note, String corrects) {}
