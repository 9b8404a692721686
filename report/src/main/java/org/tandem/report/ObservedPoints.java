package org.tandem.report;

import java.util.List;

/**
 * The observations of one series and method, set against the fan of the simulated series they
 * are compared with, with their interval coverage and mean scores.
 */
public record ObservedPoints(String series, String method, String simulatedSeries, List<ObservedPoint> points,
    int inside50, int inside90, double meanIntervalScore90, double meanCrps) {
  public ObservedPoints {
    points = List.copyOf(points);
  }
}
