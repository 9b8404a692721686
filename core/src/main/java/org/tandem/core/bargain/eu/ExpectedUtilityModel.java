package org.tandem.core.bargain.eu;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tandem.core.bargain.Actor;
import org.tandem.core.bargain.BargainingModel;
import org.tandem.core.bargain.Forecast;
import org.tandem.core.bargain.History;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.UserException;

/**
 * Bueno de Mesquita's expected-utility model (Scholz, Calbert and Smith 2011), run on each
 * dimension on its own: every round, risk exponents are re-estimated from security levels, each
 * actor evaluates every other actor's implied offer (confrontation, compromise, capitulation) and
 * all accept their chosen offer at once. The run stops after a round in which nobody moves, or
 * after {@link EuOptions#maxRounds()}. The forecast is the weighted median after the last round
 * (Bueno de Mesquita's "median voter" forecast).
 *
 * <p>Where tandem differs from the sources: saliences come from a 0-100 scale and are divided by
 * 100; several dimensions are run independently, each with its own salience; the guards for
 * degenerate inputs (all positions equal, all security levels equal, nobody caring about a pair)
 * are tandem's.
 */
public final class ExpectedUtilityModel implements BargainingModel {
  /** Registry id. */
  public static final String ID = "eu";
  /** Most actors accepted: each round is cubic in their number. */
  public static final int MAX_ACTORS = 1000;

  private final EuOptions options;

  public ExpectedUtilityModel(EuOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The options in use. */
  public EuOptions options() {
    return options;
  }

  @Override
  public Forecast forecast(Problem problem, boolean withHistory) {
    if (problem.actorCount() < 2) {
      throw UserException.of("too-few-actors", problem.location(), String.format(Locale.ROOT,
          "the eu model needs at least 2 actors, found %d", problem.actorCount()));
    }
    if (problem.actorCount() > MAX_ACTORS) {
      throw UserException.of("too-many-actors", problem.location(), String.format(Locale.ROOT,
          "the eu model takes at most %d actors (its work grows with the cube of their"
              + " number), found %d", MAX_ACTORS, problem.actorCount()));
    }
    int n = problem.actorCount();
    int dims = problem.dimensionCount();
    double[] forecast = new double[dims];
    EuRun[] runs = new EuRun[dims];
    int turns = 0;
    for (int d = 0; d < dims; d++) {
      runs[d] = run(problem, d);
      forecast[d] = runs[d].finalMedian();
      turns = Math.max(turns, runs[d].rounds().size());
    }
    if (!withHistory) {
      return new Forecast(ID, forecast, turns, Optional.empty());
    }
    double[][][] positions = new double[turns + 1][n][dims];
    for (int d = 0; d < dims; d++) {
      for (int i = 0; i < n; i++) {
        double x = problem.actors().get(i).position(d);
        positions[0][i][d] = x;
        for (int t = 1; t <= turns; t++) {
          if (t <= runs[d].rounds().size()) {
            x = runs[d].rounds().get(t - 1).positions().get(i);
          }
          positions[t][i][d] = x;
        }
      }
    }
    return new Forecast(ID, forecast, turns,
        Optional.of(new History(positions, new double[0][])));
  }

  /** The full run on dimension {@code d}, with every round's risk exponents and moves. */
  public EuRun run(Problem problem, int d) {
    int n = problem.actorCount();
    double[] c = new double[n];
    double[] s = new double[n];
    double[] x = new double[n];
    double weight = 0;
    for (int i = 0; i < n; i++) {
      Actor actor = problem.actors().get(i);
      c[i] = actor.capability();
      s[i] = actor.salience(d) / 100.0;
      x[i] = actor.position(d);
      weight += c[i] * s[i];
    }
    if (!(weight > 0)) {
      throw UserException.of("zero-salience-dimension", problem.location(), String.format(
          Locale.ROOT, "the eu model needs some salience on dimension '%s', but every actor's"
              + " salience there is 0", problem.dimensions().get(d)));
    }
    return new EuEngine(options, c, s, x).run();
  }
}
