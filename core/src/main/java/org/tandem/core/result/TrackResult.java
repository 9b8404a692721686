package org.tandem.core.result;

import java.util.Map;
import org.tandem.core.OrderedMaps;

/**
 * When a track starts to move: the share of runs in which any of its steps is agreed, the median
 * month of its first agreement (null if in fewer than half the runs), and, for every other track,
 * the share of runs in which this track moved no later than that one (moved while the other had
 * not, or in the same month or earlier). A track that only ever follows the others has 0 for each.
 */
public record TrackResult(String id, double moved, String medianFirstMonth, Map<String, Double> startsNoLaterThan) {
  public TrackResult {
    startsNoLaterThan = OrderedMaps.copyOf(startsNoLaterThan);
  }
}
