/**
 * Readers of event files: GDELT 1.0 daily exports (57 or 58 columns, mixed in one file), GDELT 2.0
 * exports (61 columns, plain or zipped), ICEWS files (tab-separated with a header) and CSV exports
 * with a header row (as BigQuery or R write them). {@link org.tandem.core.events.io.EventFormat}
 * detects the format of a file; {@link org.tandem.core.events.io.EventAggregator} streams files, a
 * directory or parts of one large file on several threads into mergeable
 * {@link org.tandem.core.events.PartialAggregate}s. Malformed rows are counted and located (file and
 * line), never dropped silently; problems with a whole file are {@link
 * org.tandem.core.error.UserException}s.
 */
package org.tandem.core.events.io;
