package org.tandem.core.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.bargain.Actor;
import org.tandem.core.bargain.BargainingModel;
import org.tandem.core.bargain.BargainingModels;
import org.tandem.core.bargain.ModelSettings;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.Location;

/**
 * Support from a full bargaining model (expected utility or the spatial model of politics): the
 * model forecasts each issue's outcome from its stakeholders' current positions, saliences and
 * capabilities, and a step is supported (1) when it moves the issue's state towards that
 * forecast, opposed (0) when away, 0.5 when neither. A forecast depends only on the profiles the
 * actors hold, so each worker computes it once per issue and profile combination and remembers it.
 */
final class ForecastSupport {
  private final CompiledScenario m;
  private final BargainingModel model;
  private final List<Map<Long, Double>> memo;

  ForecastSupport(CompiledScenario model) {
    this.m = model;
    this.model = BargainingModels.create(model.supportModel, ModelSettings.DEFAULTS).orElseThrow();
    memo = new java.util.ArrayList<>();
    for (int i = 0; i < m.issues; i++) {
      memo.add(new HashMap<>());
    }
  }

  /**
   * Support for moving issue {@code issue} from {@code from} to {@code to} under {@code profile}.
   *
   * @param profileKey the profiles as one number (see {@link CompiledScenario#profileRadix});
   *     ignored when the model has no radix
   */
  double support(int issue, int[] profile, long profileKey, double from, double to) {
    double forecast = forecast(issue, profile, profileKey);
    if (Double.isNaN(forecast)) {
      return 1;
    }
    double gain = Math.abs(forecast - from) - Math.abs(forecast - to);
    return gain > 0 ? 1 : gain < 0 ? 0 : 0.5;
  }

  private double forecast(int issue, int[] profile, long key) {
    if (m.profileRadix == null) {
      return compute(issue, profile);
    }
    Map<Long, Double> cache = memo.get(issue);
    Double known = cache.get(key);
    if (known == null) {
      known = compute(issue, profile);
      cache.put(key, known);
    }
    return known;
  }

  /** The model's forecast of the issue, or NaN when nobody has a stake in it. */
  private double compute(int issue, int[] profile) {
    List<Actor> actors = new java.util.ArrayList<>();
    for (int a = 0; a < m.actors; a++) {
      int row = a * m.profileSlots + profile[a];
      double capability = m.capability[row];
      double salience = m.salience[row * m.issues + issue];
      if (capability > 0 && salience > 0) {
        String id = m.scenario.actors().get(a).id();
        actors.add(new Actor(id, "", capability, new double[] {m.position[row * m.issues + issue]},
            new double[] {100 * salience}, m.scenario.actors().get(a).location()));
      }
    }
    if (actors.isEmpty()) {
      return Double.NaN;
    }
    String issueId = m.scenario.issues().get(issue).id();
    Location where = m.scenario.issues().get(issue).location();
    return model.forecast(new Problem(m.scenario.id() + ":" + issueId, List.of(issueId), actors, where), false)
        .position(0);
  }
}
