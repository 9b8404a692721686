package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.core.bargain.smp.SmpOptions;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

class SmpFlagsTest {
  private static final Location AT = new Location("s.xml", 7, 3);

  @Test
  void withoutFlagsOrParametersTheDefaultsApply() {
    assertThat(new SmpFlags().resolve(Map.of(), AT)).isEqualTo(SmpOptions.DEFAULTS);
  }

  @Test
  void aFlagBeatsTheInputsParameterWhichBeatsTheDefault() {
    SmpFlags flags = new SmpFlags();
    flags.pce = "markov-uniform";
    SmpOptions options = flags.resolve(Map.of("PCEModel", "MarkovIncentive", "VotingRule",
        "PropCbc"), AT);
    assertThat(options.pce()).isEqualTo(SmpOptions.Pce.MARKOV_UNIFORM);
    assertThat(options.votingRule()).isEqualTo(SmpOptions.VotingRule.PROP_CBC);
    assertThat(options.thirdParty()).isEqualTo(SmpOptions.ThirdParty.SEMI_COMMIT);
  }

  @Test
  void badValuesNameWhereTheyCameFrom() {
    assertThatThrownBy(() -> new SmpFlags().resolve(Map.of("BigRRange", "Huge"), AT))
        .isInstanceOf(UserException.class).hasMessageStartingWith("s.xml:7:3:")
        .hasMessageContaining("'Huge'").hasMessageContaining("mid");
    SmpFlags flags = new SmpFlags();
    flags.maxTurns = 0;
    assertThatThrownBy(() -> flags.resolve(Map.of(), AT)).isInstanceOf(UserException.class)
        .hasMessageStartingWith("--smp-max-turns");
  }
}
