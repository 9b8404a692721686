package org.tandem.core.sim;

import org.tandem.core.random.RandomStreams;

/** The engine's named random streams, one per source of uncertainty. */
final class Streams {
  /** Outcomes of scheduled events: one draw per event that fires without a --given outcome. */
  static final String ELECTIONS = "elections";
  /** Stochastic events: one draw per active event per month. */
  static final String SHOCKS = "shocks";
  /** Agreement of available steps or reciprocal groups: one draw per candidate per month. */
  static final String DECISIONS = "decisions";
  /** Implementation durations: one draw (or one normal) per agreement. */
  static final String DURATIONS = "durations";
  /** Verification: one duration draw when implemented and one violation draw when it ends. */
  static final String VERIFICATION = "verification";
  /** Whether a reversing event reverses a step: one draw per exposed step per firing. */
  static final String REVERSALS = "reversals";
  /** Initial arsenal and its rates: drawn once at the start of a run. */
  static final String CAPABILITY = "capability";

  static final long ELECTIONS_KEY = RandomStreams.key(ELECTIONS);
  static final long SHOCKS_KEY = RandomStreams.key(SHOCKS);
  static final long DECISIONS_KEY = RandomStreams.key(DECISIONS);
  static final long DURATIONS_KEY = RandomStreams.key(DURATIONS);
  static final long VERIFICATION_KEY = RandomStreams.key(VERIFICATION);
  static final long REVERSALS_KEY = RandomStreams.key(REVERSALS);
  static final long CAPABILITY_KEY = RandomStreams.key(CAPABILITY);

  private Streams() {}
}
