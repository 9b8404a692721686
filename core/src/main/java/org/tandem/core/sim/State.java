package org.tandem.core.sim;

/** What compiled expressions can read of a running replication. Indices are the compiled model's. */
interface State {
  int month();

  int date();

  int monthsSinceProgress();

  double variable(int index);

  double warheads();

  double material();

  /** The step's current stage, one of the {@link StepStage} constants. */
  int stage(int step);

  boolean milestoneHolds(int milestone);

  double progress(int track);

  double space(int actor);

  double position(int actor, int issue);

  double issueState(int issue);

  int profile(int actor);

  int outcome(int scheduledEvent);

  int count(int stochasticEvent);

  int monthsSince(int event);
}
