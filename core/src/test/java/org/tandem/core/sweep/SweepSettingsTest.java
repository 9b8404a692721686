package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.core.error.UserException;

class SweepSettingsTest {

  @Test
  void anOutputGivenTwiceIsAUserErrorNamingIt() {
    Output breakdown = new Output(Output.Kind.BREAKDOWN, "");
    Output signed = new Output(Output.Kind.PROBABILITY, "signed");
    UserException e = catchThrowableOfType(UserException.class,
        () -> new SweepSettings("oat", 0, "go", 10, 1, 1, List.of(breakdown, signed, breakdown)));
    assertThat(e.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("duplicate-id");
      assertThat(d.location().toString()).isEqualTo("--outputs");
      assertThat(d.message()).contains("'breakdown' is given twice");
    });
  }

  @Test
  void theSameMilestoneMayBeReadInDifferentWays() {
    SweepSettings s = new SweepSettings("oat", 0, "go", 10, 1, 1,
        List.of(new Output(Output.Kind.PROBABILITY, "signed"), new Output(Output.Kind.MEDIAN, "signed")));
    assertThat(s.outputs()).hasSize(2);
  }
}
