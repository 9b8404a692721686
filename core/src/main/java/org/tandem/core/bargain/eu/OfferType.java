package org.tandem.core.bargain.eu;

/** The three kinds of offer in Bueno de Mesquita's model (Scholz et al. 2011, section 4). */
public enum OfferType {
  /** Both expect to gain from challenging, the receiver less: it gives in to the proposer. */
  CONFRONTATION,
  /** The proposer gains more than the receiver loses: they meet part of the way. */
  COMPROMISE,
  /** The receiver loses more than the proposer gains: it moves all the way. */
  CAPITULATION
}
