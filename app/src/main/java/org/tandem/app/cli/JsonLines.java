package org.tandem.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.bargain.Actor;
import org.tandem.core.bargain.Forecast;
import org.tandem.core.bargain.History;
import org.tandem.core.bargain.Problem;

/**
 * Writes one JSON object per input per model, each on its own line: input, model, dimensions,
 * actors, forecast (0-100 per dimension), turns, and with {@code --history} the positions per
 * state per actor per dimension and the probabilities per state per actor (empty for models
 * that compute none).
 */
final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  static void write(PrintWriter out, ForecastResult result, boolean withHistory) {
    Problem problem = result.problem();
    List<String> actors = problem.actors().stream().map(Actor::name).toList();
    for (Forecast f : result.forecasts()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("input", result.input());
      line.put("model", f.model());
      line.put("dimensions", problem.dimensions());
      line.put("actors", actors);
      line.put("forecast", f.positions());
      line.put("turns", f.turns());
      if (withHistory && f.history().isPresent()) {
        History h = f.history().get();
        line.put("history", h.positions());
        line.put("probabilities", h.hasProbabilities() ? h.probabilities() : new ArrayList<>());
      }
      try {
        out.println(MAPPER.writeValueAsString(line));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
