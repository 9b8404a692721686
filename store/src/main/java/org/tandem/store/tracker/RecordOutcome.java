package org.tandem.store.tracker;

import java.util.List;

/**
 * What a write did.
 *
 * @param added ids of the new rows, in input order
 * @param alreadyRecorded inputs identical to a row already stored (or earlier in the same input),
 *     which were not added again
 */
public record RecordOutcome(List<Long> added, int alreadyRecorded) {
  public RecordOutcome {
    added = List.copyOf(added);
  }
}
