/**
 * Sensitivity analysis of a scenario's numbers: {@link org.tandem.core.sweep.Sweep} varies chosen
 * numbers ({@link org.tandem.core.sweep.ParameterRange}, addressed by their assumption paths) over
 * ranges, simulates each point of a design with the engine on common random numbers, and analyses
 * the outputs with one of the {@link org.tandem.core.sweep.SweepMethods}: one-at-a-time swings
 * (a tornado), partial rank correlation coefficients on a Latin hypercube, or Sobol' indices on a
 * Saltelli design. The estimators ({@link org.tandem.core.sweep.Prcc},
 * {@link org.tandem.core.sweep.SobolIndices}) work on plain arrays, so that they are tested on
 * functions with known answers. A {@link org.tandem.core.sweep.Checkpoint} makes a long sweep
 * resumable.
 */
package org.tandem.core.sweep;
