package org.tandem.core.events;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of reading and aggregating event files.
 *
 * @param stats one entry per dyad and period with at least one event, by dyad (in filter order) then
 *     period
 * @param lines data lines read (blank lines and header rows excluded)
 * @param accepted well-formed rows
 * @param rejected malformed rows
 * @param matched accepted rows counted in at least one dyad and period
 * @param rejectionsByCode rejected rows per reason code
 * @param firstRejections the first rejected rows (at most {@link PartialAggregate#KEPT_REJECTIONS}), in
 *     input order
 * @param unknownCountryNames country names (ICEWS) not in the country table, with their number of rows;
 *     such rows are accepted but belong to no country
 * @param columnLayouts rows seen per number of columns, e.g. 57 and 58 for a mixed GDELT 1.0 file:
 *     every row with a number of columns its format allows, accepted or rejected for another reason
 *     (rows rejected for their column count are not counted)
 */
public record AggregationResult(List<DyadPeriodStats> stats, long lines, long accepted, long rejected,
    long matched, Map<String, Long> rejectionsByCode, List<Rejection> firstRejections,
    Map<String, Long> unknownCountryNames, Map<Integer, Long> columnLayouts) {

  public AggregationResult {
    stats = List.copyOf(stats);
    rejectionsByCode = Collections.unmodifiableMap(new TreeMap<>(rejectionsByCode));
    firstRejections = List.copyOf(firstRejections);
    unknownCountryNames = Collections.unmodifiableMap(new TreeMap<>(unknownCountryNames));
    columnLayouts = Collections.unmodifiableMap(new TreeMap<>(columnLayouts));
  }
}
