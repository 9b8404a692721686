package org.tandem.store.tracker;

import org.tandem.core.error.Location;

/**
 * An explicit score as typed, unparsed.
 *
 * @param corrects the id of an earlier score entry this one supersedes, or null
 */
public record ScoreInput(Location location, String step, String year, String score, String justification,
    String corrects) {}
