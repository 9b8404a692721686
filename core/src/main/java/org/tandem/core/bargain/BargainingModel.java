package org.tandem.core.bargain;

/** A model that forecasts the outcome of a bargaining problem. */
@FunctionalInterface
public interface BargainingModel {

  /**
   * Forecasts {@code problem}.
   *
   * @param problem the actors and dimensions
   * @param withHistory whether to record the turn-by-turn path
   * @return the forecast, with a history iff {@code withHistory}
   * @throws org.tandem.core.error.UserException if the problem does not meet the model's
   *     requirements (e.g. too few actors), located at the offending input
   */
  Forecast forecast(Problem problem, boolean withHistory);
}
