package org.tandem.core.sim;

/**
 * The stages of a step in a running replication, as int constants for flat state arrays. A step
 * "has reached" a stage when its stage is at least that one and it is not reversed.
 */
final class StepStage {
  static final int NONE = 0;
  static final int PROPOSED = 1;
  /** Agreed; implementation runs from the month of agreement. */
  static final int IMPLEMENTING = 2;
  /** Implemented; a step with verification is being verified in this stage. */
  static final int IMPLEMENTED = 3;
  static final int VERIFIED = 4;
  static final int REVERSED = 5;

  private StepStage() {}

  /** Whether the step's commitments are in force: implementing, implemented or verified. */
  static boolean holds(int stage) {
    return stage >= IMPLEMENTING && stage <= VERIFIED;
  }
}
