package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ParameterTest {

  @Test
  void aWholeNumberTakesEachWholeValueOnAnEqualShareOfTheUnitInterval() {
    // 1-4 has 4 whole values, each owning a quarter of [0, 1). On the grid u = i / 1200, i = 0..1199
    // (all multiples of 1/1200, so every quarter holds exactly 300 of them), each value occurs 300
    // times; u = 1, the top of a closed interval, gives the highest value.
    Parameter months = parameter("breakdown.for=1:4");
    Map<Double, Integer> counts = new TreeMap<>();
    for (int i = 0; i < 1200; i++) {
      counts.merge(months.at(i / 1200.0), 1, Integer::sum);
    }
    assertThat(counts).containsExactly(entry(1.0, 300), entry(2.0, 300), entry(3.0, 300), entry(4.0, 300));
    assertThat(months.at(0)).isEqualTo(1);
    assertThat(months.at(0.2499)).isEqualTo(1);
    assertThat(months.at(0.25)).isEqualTo(2);
    assertThat(months.at(0.9999)).isEqualTo(4);
    assertThat(months.at(1)).isEqualTo(4);
  }

  @Test
  void anyOtherNumberIsUniformOnItsRange() {
    Parameter hazard = parameter("events.test.hazard.base=0.01:0.3");
    assertThat(hazard.at(0)).isEqualTo(0.01);
    assertThat(hazard.at(0.5)).isEqualTo(0.01 + 0.29 * 0.5);
    assertThat(hazard.at(1)).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-15));
  }

  private static Parameter parameter(String range) {
    List<Parameter> p = SweepFixtures.tiny().resolve(SweepFixtures.ranges(range));
    return p.get(0);
  }
}
