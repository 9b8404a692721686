package org.tandem.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupportMemoTest {

  @Test
  void holdsOnlyTheLastCombinationOfASlot() {
    SupportMemo memo = new SupportMemo();
    long key = 7;
    double state = 30;
    int slot = SupportMemo.slot(key, state);
    assertThat(memo.holds(slot, key, state)).isFalse();
    memo.put(slot, key, state, 0.75);
    assertThat(memo.holds(slot, key, state)).isTrue();
    assertThat(memo.value(slot)).isEqualTo(0.75);
    // another combination landing in the same slot replaces it
    long other = key;
    double otherState = state;
    while (SupportMemo.slot(other, otherState) != slot || other == key && otherState == state) {
      otherState += 0.5;
      if (otherState > 1000) {
        other++;
        otherState = 0;
      }
    }
    memo.put(slot, other, otherState, 0.25);
    assertThat(memo.holds(slot, key, state)).isFalse();
    assertThat(memo.holds(slot, other, otherState)).isTrue();
    assertThat(memo.value(slot)).isEqualTo(0.25);
  }

  @Test
  void tellsApartStatesAndKeysThatDifferOnlySlightly() {
    SupportMemo memo = new SupportMemo();
    memo.put(SupportMemo.slot(3, 10.0), 3, 10.0, 0.5);
    assertThat(memo.holds(SupportMemo.slot(3, Math.nextUp(10.0)), 3, Math.nextUp(10.0))).isFalse();
    assertThat(memo.holds(SupportMemo.slot(4, 10.0), 4, 10.0)).isFalse();
    // -0.0 and 0.0 are the same state to the support function but not the same bits: a miss, never a wrong value
    memo.put(SupportMemo.slot(3, 0.0), 3, 0.0, 0.5);
    assertThat(memo.holds(SupportMemo.slot(3, -0.0), 3, -0.0)).isFalse();
  }
}
