/**
 * Named random streams. Every source of uncertainty in a simulation draws from its own stream,
 * and every replication has its own substream of each, derived from the master seed, the stream's
 * name and the replication index, never from creation order or thread. So replication k draws the
 * same numbers whatever thread runs it, and an extra draw on one stream changes no other.
 */
package org.tandem.core.random;
