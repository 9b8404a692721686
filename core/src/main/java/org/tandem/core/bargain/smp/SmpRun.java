package org.tandem.core.bargain.smp;

import java.util.List;

/**
 * A full SMP run: the states from the input to the last (one more than the turns) and what
 * happened in each turn.
 */
public record SmpRun(List<SmpState> states, List<SmpTurn> turns) {
  public SmpRun {
    states = List.copyOf(states);
    turns = List.copyOf(turns);
    if (states.size() != turns.size() + 1) {
      throw new IllegalArgumentException("a run has one more state than turns: "
          + states.size() + " vs " + turns.size());
    }
  }

  /** The last state. */
  public SmpState last() {
    return states.get(states.size() - 1);
  }
}
