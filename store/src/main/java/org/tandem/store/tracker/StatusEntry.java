package org.tandem.store.tracker;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded status change, as stored: never changed once written.
 *
 * @param date the day it happened
 * @param source a URL or citation of the evidence
 * @param quote the evidence's words, or null
 * @param note the recorder's note, or null
 * @param supersedes the id of the entry this one corrects, or null
 * @param recordedBy who recorded it
 * @param recordedAt when it was recorded
 */
public record StatusEntry(long id, String roadmap, String step, Status status, LocalDate date, String source,
    String quote, String note, Long supersedes, String recordedBy, Instant recordedAt) {}
