/**
 * Results of a simulation as immutable records: the manifest that makes a run reproducible,
 * milestone probabilities over time, series fans, blockers, step and event statistics. Adapters
 * turn them into text, JSON, CSV and charts; nothing here knows those formats.
 */
package org.tandem.core.result;
