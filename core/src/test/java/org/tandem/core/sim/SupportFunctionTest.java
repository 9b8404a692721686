package org.tandem.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class SupportFunctionTest {

  @Test
  void compromiseSupportIsTheWeightedShareOfGains() {
    // By hand: move 20 -> 40. Actor at 80 (w 3) gains |80-20|-|80-40| = 20 -> 60;
    // actor at 0 (w 2) loses |0-20|-|0-40| = -20 -> 40; actor at 30 (w 1) gains 10-10 = 0.
    // Support = 60 / (60 + 40) = 0.6.
    double s = new CompromiseSupport().support(new double[] {80, 0, 30}, new double[] {3, 2, 1}, 3, 20, 40);
    assertThat(s).isCloseTo(0.6, offset(1e-12));
  }

  @Test
  void compromiseSupportIsOneWhenNobodyGainsOrLoses() {
    assertThat(new CompromiseSupport().support(new double[] {50}, new double[] {1}, 1, 30, 30)).isEqualTo(1.0);
  }

  @Test
  void medianSupportFollowsTheWeightedMedianVoter() {
    MedianSupport median = new MedianSupport(4);
    // Weights 1, 1, 3 at 10, 20, 90: half of 5 is 2.5, reached at 90 -> median 90.
    assertThat(median.median(new double[] {90, 10, 20}, new double[] {3, 1, 1}, 3)).isEqualTo(90);
    assertThat(median.support(new double[] {90, 10, 20}, new double[] {3, 1, 1}, 3, 20, 40)).isEqualTo(1.0);
    assertThat(median.support(new double[] {90, 10, 20}, new double[] {3, 1, 1}, 3, 40, 20)).isEqualTo(0.0);
    // Equal distance: 0.5.
    assertThat(median.support(new double[] {50}, new double[] {1}, 1, 40, 60)).isEqualTo(0.5);
  }
}
