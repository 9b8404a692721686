package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.tandem.core.random.RandomStreams;

class LatinHypercubeTest {

  @Test
  void eachStratumOfEachParameterHoldsExactlyOnePoint() {
    int n = 37;
    double[] low = {0, -5, 10};
    double[] high = {1, 5, 10.5};
    UniformRandomProvider rng = new RandomStreams(9).substream(RandomStreams.key("test"), 0);
    double[][] x = LatinHypercube.points(n, low, high, rng);
    assertThat(x).hasNumberOfRows(n);
    for (int j = 0; j < low.length; j++) {
      int[] hits = new int[n];
      for (double[] point : x) {
        assertThat(point[j]).isBetween(low[j], high[j]);
        int stratum = (int) Math.floor((point[j] - low[j]) / (high[j] - low[j]) * n);
        hits[stratum]++;
      }
      for (int s = 0; s < n; s++) {
        assertThat(hits[s]).as("parameter %d, stratum %d", j, s).isEqualTo(1);
      }
    }
  }

  @Test
  void sameStreamGivesTheSamePoints() {
    double[][] a = LatinHypercube.points(10, new double[] {0, 0}, new double[] {1, 1},
        new RandomStreams(4).substream(RandomStreams.key("d"), 0));
    double[][] b = LatinHypercube.points(10, new double[] {0, 0}, new double[] {1, 1},
        new RandomStreams(4).substream(RandomStreams.key("d"), 0));
    assertThat(a).isDeepEqualTo(b);
  }
}
