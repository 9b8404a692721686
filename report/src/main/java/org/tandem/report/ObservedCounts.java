package org.tandem.report;

import java.util.List;

/**
 * The yearly counts of one observed series and method, set against the simulated distribution of a
 * stochastic event's firings per year, with their interval coverage and mean scores (the ranked
 * probability score in {@code meanCrps}).
 */
public record ObservedCounts(String series, String method, String event, List<ObservedCount> points, int inside50,
    int inside90, double meanIntervalScore90, double meanCrps) {
  public ObservedCounts {
    points = List.copyOf(points);
  }
}
