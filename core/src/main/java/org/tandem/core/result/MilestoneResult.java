package org.tandem.core.result;

import java.util.Map;
import org.tandem.core.OrderedMaps;

/**
 * How likely a milestone is to be reached, and when.
 *
 * @param probability share of runs that reach it by the horizon
 * @param byYear share of runs that reach it by the end of each calendar year ("2013" -> p)
 * @param cumulative share of runs that reach it by each month, one value per simulated month
 * @param medianMonth the first month by which half the runs have reached it, or null
 * @param reversal among runs that reach it, the share in which it later stops holding
 */
public record MilestoneResult(
    String id, String name, double probability, Map<String, Double> byYear, double[] cumulative,
    String medianMonth, double reversal) {
  public MilestoneResult {
    byYear = OrderedMaps.copyOf(byYear);
    cumulative = cumulative.clone();
  }
}
