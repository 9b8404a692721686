package org.tandem.app.cli;

import java.util.List;
import org.tandem.core.bargain.Forecast;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.Diagnostic;

/**
 * The outcome for one input: its problem (null if it could not be read), the forecasts made and
 * the diagnostics raised.
 */
record ForecastResult(String input, Problem problem, List<Forecast> forecasts,
    List<Diagnostic> diagnostics) {
  ForecastResult {
    forecasts = List.copyOf(forecasts);
    diagnostics = List.copyOf(diagnostics);
  }
}
