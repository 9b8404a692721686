package org.tandem.core.bargain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MedianModelTest {

  @Test
  void findsThePositionWhereCumulativeWeightPassesHalf() {
    // By hand: weights c*s: 10 at 0, 20 at 30, 25 at 60, 40 at 90; total 95, half 47.5;
    // cumulative 10, 30, 55 -> the median is 60.
    Problem problem = Fixtures.oneDimension(new double[] {1, 0, 10}, new double[] {2, 30, 10},
        new double[] {5, 60, 5}, new double[] {4, 90, 10});
    assertThat(new MedianModel().forecast(problem, false).position(0)).isEqualTo(60.0);
  }

  @Test
  void ignoresInputOrder() {
    Problem problem = Fixtures.oneDimension(new double[] {4, 90, 10}, new double[] {5, 60, 5},
        new double[] {1, 0, 10}, new double[] {2, 30, 10});
    assertThat(new MedianModel().forecast(problem, false).position(0)).isEqualTo(60.0);
  }

  @Test
  void anExactTieReturnsTheLowerMedian() {
    // By hand: weight 50 at 20 and 50 at 70, half 50 reached at 20.
    Problem problem = Fixtures.oneDimension(new double[] {1, 70, 50}, new double[] {1, 20, 50});
    assertThat(new MedianModel().forecast(problem, false).position(0)).isEqualTo(20.0);
  }

  @Test
  void anExactTieOfDecimalWeightsReturnsTheLowerMedianAtAnyScale() {
    // By hand: weights 0.33 x 62.2 = 20.526 at 55, 0.91 x 31.9 = 29.029 at 1, 0.05 x 99.5 = 4.975
    // at 93, 0.21 x 16.8 = 3.528 at 65; total 58.058, so the 29.029 at 1 is exactly half, and 1 is
    // the lower median. In doubles the half rounds to 29.029000000000003, which 29.029 misses.
    double[] capability = {0.33, 0.91, 0.05, 0.21};
    double[] salience = {62.2, 31.9, 99.5, 16.8};
    double[] position = {55, 1, 93, 65};
    assertThat(MedianModel.weightedMedian(capability, salience, position, 4)).isEqualTo(1.0);
    double[] scaled = {33, 91, 5, 21};
    assertThat(MedianModel.weightedMedian(scaled, salience, position, 4)).isEqualTo(1.0);
  }

  @Test
  void aHeavyActorIsTheMedianAlone() {
    // By hand: 100 at 80 against 10 + 10 elsewhere: 80 holds more than half.
    Problem problem = Fixtures.oneDimension(new double[] {1, 0, 10}, new double[] {10, 80, 10},
        new double[] {1, 100, 10});
    assertThat(MedianModel.weightedMedian(new double[] {1, 10, 1}, new double[] {10, 10, 10},
        new double[] {0, 80, 100}, 3)).isEqualTo(80.0);
    assertThat(new MedianModel().forecast(problem, false).position(0)).isEqualTo(80.0);
  }

  @Test
  void actorsWithoutWeightCannotBeTheMedian() {
    // The zero-salience actor at 0 would be the lowest candidate; only 50 carries weight.
    assertThat(MedianModel.weightedMedian(new double[] {1, 1}, new double[] {0, 10},
        new double[] {0, 50}, 2)).isCloseTo(50.0, within(0.0));
    assertThat(MedianModel.weightedMedian(new double[] {1}, new double[] {0},
        new double[] {0}, 1)).isNaN();
  }
}
