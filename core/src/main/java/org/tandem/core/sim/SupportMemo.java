package org.tandem.core.sim;

/**
 * A worker's memory of the support its steps had: support depends only on the step, the profiles
 * the actors hold and the state of the step's issue, and a run meets the same few combinations
 * again and again (so do the runs after it). A fixed number of slots, each keeping the last
 * combination that hashed to it: memory does not grow with the runs, and a value found is exactly
 * the value computed.
 */
final class SupportMemo {
  private static final int SLOTS = 1 << 12;
  private static final int MASK = SLOTS - 1;
  private final long[] keys = new long[SLOTS];
  private final long[] states = new long[SLOTS];
  private final double[] values = new double[SLOTS];
  private final boolean[] used = new boolean[SLOTS];

  /**
   * The slot of a combination.
   *
   * @param key the step and the profiles, as one number (see {@link CompiledScenario#profileRadix})
   * @param state the state
   */
  static int slot(long key, double state) {
    long h = (key * 0x9e3779b97f4a7c15L) ^ Double.doubleToRawLongBits(state);
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    return (int) (h >>> 40) & MASK;
  }

  /** Whether {@code slot} holds the combination. */
  boolean holds(int slot, long key, double state) {
    return used[slot] && keys[slot] == key && states[slot] == Double.doubleToRawLongBits(state);
  }

  double value(int slot) {
    return values[slot];
  }

  void put(int slot, long key, double state, double value) {
    used[slot] = true;
    keys[slot] = key;
    states[slot] = Double.doubleToRawLongBits(state);
    values[slot] = value;
  }
}
