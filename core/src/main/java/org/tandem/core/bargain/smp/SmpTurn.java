package org.tandem.core.bargain.smp;

import java.util.List;

/**
 * What happened in one turn (KTAB's {@code SMPState::doBCN}).
 *
 * @param targets each initiator's best target, in initiator order (actors without one omitted)
 * @param bargains for each actor, the bargains it chose among (its status quo included), in the
 *     order KTAB builds them
 * @param chosen for each actor, the index of the bargain it took in its list
 */
public record SmpTurn(List<Target> targets, List<List<Bargain>> bargains, List<Integer> chosen) {
  public SmpTurn {
    targets = List.copyOf(targets);
    bargains = bargains.stream().map(List::copyOf).toList();
    chosen = List.copyOf(chosen);
  }
}
