package org.tandem.core.bargain.eu;

import java.util.List;

/**
 * What happened in one round on one dimension.
 *
 * @param riskExponents each actor's risk exponent r_i used in the round, in [0.5, 2]
 * @param moves the offers accepted, in actor order
 * @param positions every actor's position after the round
 * @param mean capability x salience weighted mean after the round
 * @param median weighted median after the round
 */
public record EuRound(List<Double> riskExponents, List<EuMove> moves, List<Double> positions,
    double mean, double median) {
  public EuRound {
    riskExponents = List.copyOf(riskExponents);
    moves = List.copyOf(moves);
    positions = List.copyOf(positions);
  }
}
