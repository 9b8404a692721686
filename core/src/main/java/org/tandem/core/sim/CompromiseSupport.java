package org.tandem.core.sim;

/**
 * Support as the weighted balance of gains: each stakeholder weighs in with {@code w * (|x - from| -
 * |x - to|)}, its weight times how much closer the move brings the state to its position (linear
 * utility); support is the share of the positive total in the absolute total. This is the
 * proportional vote of KTAB's spatial model with risk-neutral linear utility, applied to one
 * proposal against the status quo. With no stakeholder gaining or losing, support is 1: nobody
 * objects.
 */
final class CompromiseSupport implements SupportFunction {
  @Override
  public double support(double[] positions, double[] weights, int count, double from, double to) {
    double pro = 0;
    double contra = 0;
    for (int i = 0; i < count; i++) {
      double gain = weights[i] * (Math.abs(positions[i] - from) - Math.abs(positions[i] - to));
      if (gain > 0) {
        pro += gain;
      } else {
        contra -= gain;
      }
    }
    double total = pro + contra;
    return total == 0 ? 1 : pro / total;
  }
}
