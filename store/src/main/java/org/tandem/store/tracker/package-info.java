/**
 * The implementation tracker: tracked roadmaps, their append-only history of dated and sourced
 * step statuses, implementation scores on the 0-3 scale of the Peace Accords Matrix and the
 * implementation rates built from them, and dated observation series.
 */
package org.tandem.store.tracker;
