package org.tandem.store.tracker;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated value of an observed series, with its range (equal ends for a point value) and the
 * method that produced it: estimates made by different methods (the warhead estimates that moved
 * from fissile-material capacity to assembled warheads in 2021-22) must not be compared as one
 * series without their tag.
 *
 * @param supersedes the id of the observation this one corrects, or null
 */
public record Observation(long id, String series, LocalDate date, double low, double high, String method,
    String source, String note, Long supersedes, String recordedBy, Instant recordedAt) {}
