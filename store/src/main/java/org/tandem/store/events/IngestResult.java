package org.tandem.store.events;

import java.nio.file.Path;
import org.tandem.core.events.AggregationResult;

/**
 * What ingesting one file did.
 *
 * @param read the reader's counts: lines, accepted and rejected rows, the first rejections
 * @param newEvents accepted rows whose event id was not stored yet (now stored)
 * @param alreadyStored accepted rows whose event id was stored already (by an earlier file, or
 *     earlier in this file), so nothing was added for them
 */
public record IngestResult(Path file, String sha256, String format, AggregationResult read, long newEvents,
    long alreadyStored) {}
