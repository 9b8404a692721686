package org.tandem.core.random;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

  @Test
  void substreamDependsOnlyOnSeedNameAndReplication() {
    RandomStreams streams = new RandomStreams(99);
    long a = RandomStreams.key("a");
    long first = streams.substream(a, 5).nextLong();
    UniformRandomProvider other = streams.substream(RandomStreams.key("b"), 5);
    for (int i = 0; i < 1000; i++) {
      other.nextLong(); // extra draws on another stream
    }
    assertThat(new RandomStreams(99).substream(a, 5).nextLong()).isEqualTo(first);
  }

  @Test
  void streamsAndReplicationsDiffer() {
    RandomStreams streams = new RandomStreams(99);
    long a = streams.substream(RandomStreams.key("a"), 0).nextLong();
    assertThat(streams.substream(RandomStreams.key("a"), 1).nextLong()).isNotEqualTo(a);
    assertThat(streams.substream(RandomStreams.key("b"), 0).nextLong()).isNotEqualTo(a);
    assertThat(new RandomStreams(100).substream(RandomStreams.key("a"), 0).nextLong()).isNotEqualTo(a);
  }

  @Test
  void fnvHashOfKnownInput() {
    // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (published test vector of the FNV reference).
    assertThat(RandomStreams.key("a")).isEqualTo(0xaf63dc4c8601ec8cL);
  }

  @Test
  void triangularInverseAtKnownPoints() {
    // Triangular(0, 1, 2): F(1) = 0.5, so the inverse at 0.5 is the mode; at 0.125 it is 0.5.
    assertThat(Draws.triangular(0, 1, 2, 0.5)).isEqualTo(1.0);
    assertThat(Draws.triangular(0, 1, 2, 0.125)).isEqualTo(0.5);
    assertThat(Draws.triangular(0, 1, 2, 0.875)).isEqualTo(1.5);
  }
}
