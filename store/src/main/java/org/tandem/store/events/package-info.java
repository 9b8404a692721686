/**
 * Stored event data: ingesting event files (GDELT, ICEWS, CSV) into the database, idempotently by
 * event id, and aggregating the stored events per dyad and period with the core aggregation code.
 * See docs/events.md.
 */
package org.tandem.store.events;
