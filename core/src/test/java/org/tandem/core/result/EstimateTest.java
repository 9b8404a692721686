package org.tandem.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class EstimateTest {

  @Test
  void normalIntervalByHand() {
    // Values 1, 2, 3, 4: mean 2.5, sample variance 5/3, se = sqrt(5/3 / 4) = 0.6455;
    // half width 1.96 x 0.6455 = 1.2652.
    Estimate e = Estimate.of(10, 30, 4);
    assertThat(e.mean()).isEqualTo(2.5);
    assertThat(e.high() - e.mean()).isCloseTo(1.959963984540054 * Math.sqrt(5.0 / 3 / 4), offset(1e-12));
  }

  @Test
  void wilsonIntervalMatchesThePublishedExample() {
    // Newcombe (1998), Statistics in Medicine 17:857, Table I, example (a): 81 of 263 gives a Wilson
    // interval of 0.2553 to 0.3662.
    Estimate e = Estimate.proportion(81, 263);
    assertThat(e.low()).isCloseTo(0.2553, offset(5e-5));
    assertThat(e.high()).isCloseTo(0.3662, offset(5e-5));
  }

  @Test
  void wilsonIntervalStaysWithinZeroAndOne() {
    // Exactly 0 and 1 (the formula's value; rounding left 4e-19, which printed and read as above 0).
    assertThat(Estimate.proportion(0, 100).low()).isZero();
    assertThat(Estimate.proportion(0, 100).excludesZero()).isFalse();
    assertThat(Estimate.proportion(100, 100).high()).isEqualTo(1.0);
    assertThat(Estimate.proportion(0, 100).high()).isCloseTo(0.0370, offset(5e-5));
  }
}
