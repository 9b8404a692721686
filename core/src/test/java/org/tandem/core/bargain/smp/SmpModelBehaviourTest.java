package org.tandem.core.bargain.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.tandem.core.bargain.Actor;
import org.tandem.core.bargain.Fixtures;
import org.tandem.core.bargain.Forecast;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/** SMP behaviour that needs no reference data: validation, options, determinism. */
class SmpModelBehaviourTest {

  private static Problem random(long seed, int n, int dims) {
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
    List<Actor> actors = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int d = 0; d < dims; d++) {
      names.add("d" + d);
    }
    for (int i = 0; i < n; i++) {
      double[] x = new double[dims];
      double[] s = new double[dims];
      for (int d = 0; d < dims; d++) {
        x[d] = 100 * rng.nextDouble();
        s[d] = 5 + (90.0 / dims) * rng.nextDouble();
      }
      actors.add(new Actor("a" + i, "", 10 + 190 * rng.nextDouble(), x, s,
          new Location("gen", i + 3, 1)));
    }
    return new Problem("gen", names, actors, new Location("gen", 2, 1));
  }

  @Test
  void fewerThanThreeActorsIsAUserErrorAtTheActorTable() {
    Problem two = Fixtures.oneDimension(new double[] {1, 10, 50}, new double[] {1, 90, 50});
    assertThatThrownBy(() -> new SmpModel(SmpOptions.DEFAULTS).forecast(two, false))
        .isInstanceOf(UserException.class).hasMessageStartingWith("hand.csv:1:1:")
        .hasMessageContaining("at least 3 actors, found 2");
  }

  @Test
  void moreThanAThousandActorsIsAUserError() {
    Problem big = random(1, SmpModel.MAX_ACTORS + 1, 1);
    assertThatThrownBy(() -> new SmpModel(SmpOptions.DEFAULTS).forecast(big, false))
        .isInstanceOf(UserException.class).hasMessageStartingWith("gen:2:1:")
        .hasMessageContaining("at most 1000 actors");
  }

  @Test
  void anActorWithoutAnySalienceIsAUserErrorAtItsRow() {
    Problem p = Fixtures.oneDimension(new double[] {1, 10, 50}, new double[] {1, 90, 0},
        new double[] {1, 50, 20});
    assertThatThrownBy(() -> new SmpModel(SmpOptions.DEFAULTS).forecast(p, false))
        .isInstanceOf(UserException.class).hasMessageStartingWith("hand.csv:3:1:")
        .hasMessageContaining("'a1'");
  }

  @Test
  void optionsAreValidated() {
    SmpOptions d = SmpOptions.DEFAULTS;
    assertThatThrownBy(() -> new SmpOptions(d.victoryProbability(), d.votingRule(), d.pce(),
        d.transitions(), d.riskRange(), d.riskAdjust(), d.thirdParty(), d.interpolation(),
        d.bargains(), 0, 0.02)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxTurns");
    assertThatThrownBy(() -> new SmpOptions(d.victoryProbability(), d.votingRule(), d.pce(),
        d.transitions(), d.riskRange(), d.riskAdjust(), d.thirdParty(), d.interpolation(),
        d.bargains(), 100, 1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stopRatio");
    SmpOptions stochastic = new SmpOptions(d.victoryProbability(), d.votingRule(), d.pce(),
        SmpOptions.Transitions.STOCHASTIC, d.riskRange(), d.riskAdjust(), d.thirdParty(),
        d.interpolation(), d.bargains(), 100, 0.02);
    assertThatThrownBy(() -> new SmpModel(stochastic))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("random generator");
  }

  @Test
  void choicesAreFoundByIdAndByKtabName() {
    assertThat(SmpOptions.choice(SmpOptions.ThirdParty.class, "semi-commit"))
        .contains(SmpOptions.ThirdParty.SEMI_COMMIT);
    assertThat(SmpOptions.choice(SmpOptions.Pce.class, "MarkovIncentive"))
        .contains(SmpOptions.Pce.MARKOV_INCENTIVE);
    assertThat(SmpOptions.choice(SmpOptions.VotingRule.class, "Proportional"))
        .contains(SmpOptions.VotingRule.PROPORTIONAL);
    assertThat(SmpOptions.choice(SmpOptions.RiskAdjust.class, "No"))
        .contains(SmpOptions.RiskAdjust.NONE);
    assertThat(SmpOptions.choice(SmpOptions.Pce.class, "majority")).isEmpty();
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
    Problem problem = random(7, 40, 2);
    SmpModel model = new SmpModel(SmpOptions.DEFAULTS);
    Forecast one = new ForkJoinPool(1).submit(() -> model.forecast(problem, true)).get();
    Forecast four = new ForkJoinPool(4).submit(() -> model.forecast(problem, true)).get();
    assertThat(four).isEqualTo(one);
    assertThat(one.turns()).isPositive();
  }

  @Test
  void stochasticRunsRepeatWithTheSameSeedAndEveryAlternativeRuns() {
    Problem problem = random(11, 8, 2);
    SmpOptions d = SmpOptions.DEFAULTS;
    for (SmpOptions.Pce pce : SmpOptions.Pce.values()) {
      for (SmpOptions.Bargains bargains : SmpOptions.Bargains.values()) {
        SmpOptions options = new SmpOptions(d.victoryProbability(), d.votingRule(), pce,
            SmpOptions.Transitions.STOCHASTIC, d.riskRange(), d.riskAdjust(), d.thirdParty(),
            d.interpolation(), bargains, 30, 0.02);
        Forecast a = new SmpModel(options, RandomSource.XO_SHI_RO_256_PP.create(5L))
            .forecast(problem, true);
        Forecast b = new SmpModel(options, RandomSource.XO_SHI_RO_256_PP.create(5L))
            .forecast(problem, true);
        assertThat(a).as("%s %s", pce, bargains).isEqualTo(b);
        assertThat(java.util.Arrays.stream(a.positions()).boxed())
            .allSatisfy(x -> assertThat(x).isBetween(0.0, 100.0));
      }
    }
  }

  @Test
  void everyDeterministicAlternativeEndsInsideTheScale() {
    Problem problem = random(3, 9, 3);
    SmpOptions d = SmpOptions.DEFAULTS;
    for (SmpOptions.VictoryProbability vp : SmpOptions.VictoryProbability.values()) {
      for (SmpOptions.VotingRule vr : SmpOptions.VotingRule.values()) {
        for (SmpOptions.Interpolation ip : SmpOptions.Interpolation.values()) {
          SmpOptions options = new SmpOptions(vp, vr, d.pce(), d.transitions(),
              SmpOptions.RiskRange.MAX, SmpOptions.RiskAdjust.HALF,
              SmpOptions.ThirdParty.NO_COMMIT, ip, d.bargains(), 20, 0.02);
          Forecast f = new SmpModel(options).forecast(problem, false);
          assertThat(java.util.Arrays.stream(f.positions()).boxed()).as("%s %s %s", vp, vr, ip)
              .allSatisfy(x -> assertThat(x).isBetween(0.0, 100.0));
        }
      }
    }
  }

  @Test
  void actorsThatAllAgreeStopAfterTwoTurnsWithoutMoving() {
    Problem p = Fixtures.oneDimension(new double[] {1, 40, 50}, new double[] {2, 40, 50},
        new double[] {3, 40, 50});
    Forecast f = new SmpModel(SmpOptions.DEFAULTS).forecast(p, true);
    assertThat(f.turns()).isEqualTo(2);
    assertThat(f.position(0)).isEqualTo(40.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(f.history().orElseThrow().probability(0, 0)).isEqualTo(1.0,
        org.assertj.core.api.Assertions.within(1e-12));
  }
}
