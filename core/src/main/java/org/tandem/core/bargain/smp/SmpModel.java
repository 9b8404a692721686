package org.tandem.core.bargain.smp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.tandem.core.bargain.Actor;
import org.tandem.core.bargain.BargainingModel;
import org.tandem.core.bargain.Forecast;
import org.tandem.core.bargain.History;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.UserException;

/**
 * KTAB's spatial model of politics, turn by turn ({@code SMPModel::configExec}, {@code
 * Model::run}): each state infers risk attitudes, each actor challenges its best target with a
 * bargain, each actor takes one of its bargains, ideals follow positions; the run stops when a
 * turn moves the actors less than {@link SmpOptions#stopRatio()} of the first turn's movement
 * (from the second turn on; {@code smpStopFn}, with 1e-4 added to the first movement) or after
 * {@link SmpOptions#maxTurns()} turns.
 *
 * <p>The forecast is the expected position of the last state ({@link
 * SmpState#expectedPosition()}), on the 0-100 scale; the history's probabilities are KTAB's
 * "winning probabilities" of each actor's position per state.
 *
 * <p>Where tandem differs from KTAB: ideals always track positions (KTAB's default; its XML
 * accommodation matrix is not supported); the receiver's perspective in the InitRcvrInterp and
 * PWCompInterp bargain models uses the receiver's estimate of the probability (KTAB passes the
 * expected gain in its place); stochastic transitions draw from the generator given here, not
 * from KTAB's Mersenne Twister; up to 1,000 actors where KTAB stops at 250.
 */
public final class SmpModel implements BargainingModel {
  /** Registry id. */
  public static final String ID = "smp";
  /** KTAB's minimum number of actors ({@code Model::minNumActor}). */
  public static final int MIN_ACTORS = 3;
  /**
   * Most actors accepted. Each turn is cubic in the number of actors and each state holds
   * several n x n matrices; KTAB itself stops at 250 ({@code Model::maxNumActor}).
   */
  public static final int MAX_ACTORS = 1000;

  private final SmpOptions options;
  private final UniformRandomProvider random;

  /**
   * A model without a generator, for deterministic transitions; stochastic ones need {@link
   * #SmpModel(SmpOptions, UniformRandomProvider)}.
   */
  public SmpModel(SmpOptions options) {
    this(options, null);
  }

  /**
   * @param options the model's options
   * @param random the generator stochastic transitions draw from (one double per actor per
   *     turn, in actor order); may be null for deterministic transitions
   */
  public SmpModel(SmpOptions options, UniformRandomProvider random) {
    this.options = Objects.requireNonNull(options, "options");
    if (options.transitions() == SmpOptions.Transitions.STOCHASTIC && random == null) {
      throw new IllegalArgumentException("stochastic transitions need a random generator");
    }
    this.random = random;
  }

  /** The options in use. */
  public SmpOptions options() {
    return options;
  }

  @Override
  public Forecast forecast(Problem problem, boolean withHistory) {
    SmpRun run = run(problem);
    double[] expected = run.last().expectedPosition();
    double[] forecast = new double[expected.length];
    for (int d = 0; d < forecast.length; d++) {
      forecast[d] = 100 * expected[d];
    }
    int turns = run.turns().size();
    if (!withHistory) {
      return new Forecast(ID, forecast, turns, Optional.empty());
    }
    int n = problem.actorCount();
    int dims = problem.dimensionCount();
    double[][][] positions = new double[run.states().size()][n][dims];
    double[][] probabilities = new double[run.states().size()][];
    for (int t = 0; t < run.states().size(); t++) {
      SmpState s = run.states().get(t);
      for (int i = 0; i < n; i++) {
        for (int d = 0; d < dims; d++) {
          // State 0 is the input itself, not its round trip through the 0-1 scale.
          positions[t][i][d] = t == 0 ? problem.actors().get(i).position(d)
              : 100 * s.position(i, d);
        }
      }
      probabilities[t] = s.winningProbabilities();
    }
    return new Forecast(ID, forecast, turns, Optional.of(new History(positions, probabilities)));
  }

  /** Runs the model and returns every state and turn. */
  public SmpRun run(Problem problem) {
    validate(problem);
    SmpActors actors = new SmpActors(problem);
    int n = actors.n;
    int dims = actors.dims;
    double[] start = new double[n * dims];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < dims; d++) {
        start[i * dims + d] = problem.actors().get(i).position(d) / 100.0;
      }
    }
    BargainingTurn turn = new BargainingTurn(actors, options, random);
    List<SmpState> states = new ArrayList<>();
    List<SmpTurn> turns = new ArrayList<>();
    states.add(new SmpState(actors, options, start));
    for (int iter = 1; ; iter++) {
      double[] next = new double[n * dims];
      turns.add(turn.play(states.get(iter - 1), next));
      states.add(new SmpState(actors, options, next));
      double first = SmpState.distance(states.get(0), states.get(1)) + 1e-4;
      double last = SmpState.distance(states.get(iter), states.get(iter - 1));
      boolean quiet = last / first < options.stopRatio();
      if (iter >= options.maxTurns() || (iter >= 2 && quiet)) {
        break;
      }
    }
    return new SmpRun(states, turns);
  }

  private static void validate(Problem problem) {
    if (problem.actorCount() < MIN_ACTORS) {
      throw UserException.of("too-few-actors", problem.location(), String.format(Locale.ROOT,
          "the smp model needs at least %d actors, found %d", MIN_ACTORS,
          problem.actorCount()));
    }
    if (problem.actorCount() > MAX_ACTORS) {
      throw UserException.of("too-many-actors", problem.location(), String.format(Locale.ROOT,
          "the smp model takes at most %d actors (its work grows with the cube of their"
              + " number), found %d", MAX_ACTORS, problem.actorCount()));
    }
    for (Actor actor : problem.actors()) {
      if (!(actor.totalSalience() > 0)) {
        throw UserException.of("zero-salience-actor", actor.location(), String.format(
            Locale.ROOT, "the smp model needs every actor to care about something, but the"
                + " saliences of '%s' are all 0", actor.name()));
      }
    }
  }
}
