package org.tandem.store.tracker;

import java.time.Instant;

/**
 * An implementation score set explicitly for one step and one year, overriding the score derived
 * from its status in that year.
 *
 * @param score 0 not initiated, 1 minimal, 2 intermediate, 3 full implementation
 * @param justification why, in the recorder's words
 * @param supersedes the id of the score entry this one corrects, or null
 */
public record ScoreEntry(long id, String roadmap, String step, int year, int score, String justification,
    Long supersedes, String recordedBy, Instant recordedAt) {}
