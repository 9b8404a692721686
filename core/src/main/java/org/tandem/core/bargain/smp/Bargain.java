package org.tandem.core.bargain.smp;

import java.util.Arrays;

/**
 * A proposed bargain between an initiator and a receiver: the position each would adopt (0-1
 * scale, one entry per dimension). A status-quo bargain has initiator == receiver.
 */
public final class Bargain {
  private final int initiator;
  private final int receiver;
  private final double[] initiatorPosition;
  private final double[] receiverPosition;

  Bargain(int initiator, int receiver, double[] initiatorPosition, double[] receiverPosition) {
    this.initiator = initiator;
    this.receiver = receiver;
    this.initiatorPosition = initiatorPosition.clone();
    this.receiverPosition = receiverPosition.clone();
  }

  /** Index of the initiating actor. */
  public int initiator() {
    return initiator;
  }

  /** Index of the receiving actor. */
  public int receiver() {
    return receiver;
  }

  /** Whether this is an actor's "keep my position" option. */
  public boolean isStatusQuo() {
    return initiator == receiver;
  }

  /** Position the initiator would adopt on dimension {@code d}, 0-1. */
  public double initiatorPosition(int d) {
    return initiatorPosition[d];
  }

  /** Position the receiver would adopt on dimension {@code d}, 0-1. */
  public double receiverPosition(int d) {
    return receiverPosition[d];
  }

  double[] initiatorPositionArray() {
    return initiatorPosition;
  }

  double[] receiverPositionArray() {
    return receiverPosition;
  }

  @Override
  public String toString() {
    return "Bargain[" + initiator + ":" + receiver + " " + Arrays.toString(initiatorPosition)
        + " " + Arrays.toString(receiverPosition) + "]";
  }
}
