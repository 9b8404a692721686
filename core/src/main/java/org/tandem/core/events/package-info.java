/**
 * Event data: CAMEO codes (always strings: "010" is not "10"), the two Goldstein tables (GDELT and
 * ICEWS variants, shipped as resources), the mapping of root codes to quad classes, country codes,
 * dyad and date filters, and the mergeable per-dyad, per-period aggregates with the tension index.
 * Readers of the file formats live in {@code org.tandem.core.events.io}. See docs/events.md.
 */
package org.tandem.core.events;
