package org.tandem.core.bargain.eu;

import java.util.Objects;

/**
 * One accepted offer in a round.
 *
 * @param actor index of the actor that moves
 * @param proposer index of the actor whose offer it accepts
 * @param type kind of offer
 * @param eu {@code EU_i(i challenges j)} from the moving actor's perspective
 * @param proposerEu {@code EU_i(j challenges i)} from the moving actor's perspective
 * @param newPosition where the actor moves to, in the input's units
 */
public record EuMove(int actor, int proposer, OfferType type, double eu, double proposerEu,
    double newPosition) {
  public EuMove {
    Objects.requireNonNull(type, "type");
  }
}
