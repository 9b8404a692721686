package org.tandem.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

class CompromiseModelTest {

  @Test
  void weightsPositionsByCapabilityTimesSalience() {
    // By hand: weights c*s = 2*50 = 100, 1*100 = 100, 4*25 = 100 -> plain mean of 10, 40, 100
    // = 50.
    Problem problem = Fixtures.oneDimension(new double[] {2, 10, 50},
        new double[] {1, 40, 100}, new double[] {4, 100, 25});
    Forecast f = new CompromiseModel().forecast(problem, false);
    assertThat(f.position(0)).isCloseTo(50.0, within(1e-12));
    assertThat(f.turns()).isZero();
    assertThat(f.history()).isEmpty();
  }

  @Test
  void unequalWeightsPullTowardsTheHeavierActor() {
    // By hand: weights 3*60 = 180 at 20 and 1*60 = 60 at 80: (180*20 + 60*80) / 240 = 35.
    Problem problem = Fixtures.oneDimension(new double[] {3, 20, 60}, new double[] {1, 80, 60});
    assertThat(new CompromiseModel().forecast(problem, false).position(0))
        .isCloseTo(35.0, within(1e-12));
  }

  @Test
  void primitivePathAgreesWithTheRecordPathAndIgnoresEntriesBeyondN() {
    double[] c = {3, 1, 100};
    double[] s = {60, 60, 100};
    double[] x = {20, 80, 100};
    assertThat(CompromiseModel.weightedMean(c, s, x, 2)).isCloseTo(35.0, within(1e-12));
    assertThat(CompromiseModel.weightedMean(c, s, x, 0)).isNaN();
  }

  @Test
  void eachDimensionUsesItsOwnSalience() {
    // By hand: dim 0 weights 1*10, 1*30 -> (10*0 + 30*100)/40 = 75; dim 1 weights 1*60, 1*0
    // -> 0.
    Location at = new Location("two.csv", 1, 1);
    Problem problem = new Problem("two", List.of("p", "q"), List.of(
        new Actor("a", "", 1, new double[] {0, 0}, new double[] {10, 60}, at),
        new Actor("b", "", 1, new double[] {100, 100}, new double[] {30, 0}, at)), at);
    Forecast f = new CompromiseModel().forecast(problem, true);
    assertThat(f.positions()).containsExactly(new double[] {75, 0}, within(1e-12));
    assertThat(f.history()).get().extracting(History::states).isEqualTo(1);
  }

  @Test
  void aDimensionNobodyCaresAboutIsAUserErrorAtTheProblem() {
    Problem problem = Fixtures.oneDimension(new double[] {1, 10, 0}, new double[] {1, 20, 0});
    assertThatThrownBy(() -> new CompromiseModel().forecast(problem, false))
        .isInstanceOf(UserException.class).hasMessageContaining("hand.csv:1:1")
        .hasMessageContaining("'x'");
  }
}
