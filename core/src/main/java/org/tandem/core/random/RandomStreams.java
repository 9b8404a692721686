package org.tandem.core.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * Creates the substream of a named stream for one replication.
 *
 * <p>Algorithm: Commons RNG {@code XO_SHI_RO_256_PP} (xoshiro256++, Blackman and Vigna 2018).
 * The four 64-bit words of a substream's state are the first four outputs of SplitMix64 (Steele,
 * Lea and Flood 2014) started from a key that mixes the master seed, a 64-bit FNV-1a hash of the
 * stream's name, and the replication index. Substreams are therefore independent of thread count
 * and creation order. (Jumps would give provably disjoint substreams but cost a sequential walk to
 * reach replication k; with a 2^256 period the chance that two of a run's substreams overlap is
 * negligible.)
 */
public final class RandomStreams {
  /** How this class makes generators, for run manifests. */
  public static final String ALGORITHM =
      "XO_SHI_RO_256_PP; substream state = SplitMix64(seed, FNV-1a(stream name), replication)";

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private final long seed;

  public RandomStreams(long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /**
   * A master seed of its own for {@code name}, derived from {@code seed}: SplitMix64's output
   * function of the seed mixed with the name's FNV-1a hash. Used to give a strategy of
   * {@code compare --independent} streams that share nothing with the others' while a plain run
   * with the derived seed draws exactly the same numbers.
   */
  public static long derivedSeed(long seed, String name) {
    return mix64(seed ^ mix64(key(name) + GOLDEN_GAMMA));
  }

  /** A stream's key, to be computed once and passed to {@link #substream(long, long)}. */
  public static long key(String streamName) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : streamName.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** The generator of stream {@code streamKey} for replication {@code replication}. */
  public UniformRandomProvider substream(long streamKey, long replication) {
    long state = mix64(seed ^ mix64(streamKey + GOLDEN_GAMMA * (replication + 1)));
    long[] words = new long[4];
    for (int i = 0; i < 4; i++) {
      state += GOLDEN_GAMMA;
      words[i] = mix64(state);
    }
    return new XoShiRo256PlusPlus(words);
  }

  /** SplitMix64's output function (David Stafford's Mix13 variant). */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
