package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OneAtATimeTest {

  @Test
  void swingIsTheDistanceBetweenTheOutputsAtTheTwoEndsAndSortsTheTornado() {
    // Outputs chosen by hand (binary fractions, so exact), with the scenario's value 0.875:
    //   hazard at low 0.75, at high 0.25: it lowers the output, swing |0.25 - 0.75| = 0.5;
    //   moves at low 0.375, at high 0.9375: swing |0.9375 - 0.375| = 0.5625.
    // So moves heads the tornado. The largest distance from the scenario's value would rank
    // hazard first (|0.25 - 0.875| = 0.625 against |0.375 - 0.875| = 0.5), and a signed
    // difference would give hazard -0.5.
    List<Parameter> p = SweepFixtures.tiny().resolve(SweepFixtures.ranges("events.test.hazard.base=0.01:0.1",
        "steps.lift-embargo.moves=10:40"));
    OneAtATime oat = new OneAtATime();
    double[][] points = oat.design(p, 0, null);
    double[][] values = {{0.875}, {0.75}, {0.25}, {0.375}, {0.9375}};
    List<Swing> swings = ((Tornado) oat.analyze(p, List.of(new Output(Output.Kind.BREAKDOWN, "")), points, values,
        null)).swings();
    assertThat(swings).extracting(Swing::parameter).containsExactly("steps.lift-embargo.moves",
        "events.test.hazard.base");
    assertThat(swings).extracting(Swing::swing).containsExactly(0.5625, 0.5);
    Swing hazard = swings.get(1);
    assertThat(hazard.low()).isEqualTo(0.01);
    assertThat(hazard.high()).isEqualTo(0.1);
    assertThat(hazard.atLow()).isEqualTo(0.75);
    assertThat(hazard.atHigh()).isEqualTo(0.25);
    assertThat(hazard.base()).isEqualTo(0.875);
  }

  @Test
  void anOutputThatDoesNotVaryHasSwingsOfZeroNotNa() {
    // sensitivity.md: n/a is for PRCC and Sobol' indices, undefined at zero variance; one at a time
    // measures that no parameter moves the output, which is 0.
    List<Parameter> p = SweepFixtures.tiny().resolve(SweepFixtures.ranges("events.test.hazard.base=0.01:0.1",
        "steps.lift-embargo.moves=10:40"));
    OneAtATime oat = new OneAtATime();
    double[][] values = {{0.0}, {0.0}, {0.0}, {0.0}, {0.0}};
    List<Swing> swings = ((Tornado) oat.analyze(p, List.of(new Output(Output.Kind.BREAKDOWN, "")), oat.design(p, 0,
        null), values, null)).swings();
    assertThat(swings).extracting(Swing::swing).containsExactly(0.0, 0.0);
  }
}
