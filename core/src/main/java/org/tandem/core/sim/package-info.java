/**
 * The Monte Carlo engine. {@link org.tandem.core.sim.Simulation} compiles a checked scenario and a
 * strategy into flat arrays, runs replications on worker threads ({@code Replication}, month by
 * month, allocation-free in the month loop), aggregates them in mergeable fixed-size accumulators,
 * and summarizes them into a {@link org.tandem.core.result.SimulationResult}. Nothing here knows any
 * particular scenario: every behaviour comes from the scenario file.
 */
package org.tandem.core.sim;
