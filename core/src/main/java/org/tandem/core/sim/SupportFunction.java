package org.tandem.core.sim;

/**
 * The support for moving an issue's state from {@code from} to {@code to}, in [0, 1], given the
 * stakeholders' positions and weights (capability x salience). The engine calls it for every
 * available step every month, so implementations allocate nothing.
 */
interface SupportFunction {
  double support(double[] positions, double[] weights, int count, double from, double to);
}
