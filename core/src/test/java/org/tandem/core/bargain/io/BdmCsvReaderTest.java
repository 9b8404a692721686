package org.tandem.core.bargain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.tandem.core.bargain.Problem;
import org.tandem.core.bargain.SharedData;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.UserException;

class BdmCsvReaderTest {

  private static Problem read(String content) {
    return new BdmCsvReader().read("dir/e.csv", content);
  }

  @Test
  void readsTheReplicationExampleWithSalienceScaledTo100() {
    Problem p = read(SharedData.text("bdm/ExampleActors.csv"));
    assertThat(p.name()).isEqualTo("e");
    assertThat(p.actorCount()).isEqualTo(10);
    assertThat(p.actors().get(0).name()).isEqualTo("Netherlands");
    assertThat(p.actors().get(0).capability()).isEqualTo(0.08);
    assertThat(p.actors().get(0).position(0)).isEqualTo(4.0);
    assertThat(p.actors().get(0).salience(0)).isEqualTo(80.0);
  }

  @Test
  void columnsMayComeInAnyOrder() {
    Problem p = read("Salience,Position,Actor,Capability\n0.5,10,X,2\n");
    assertThat(p.actors().get(0).name()).isEqualTo("X");
    assertThat(p.actors().get(0).salience(0)).isEqualTo(50.0);
  }

  @Test
  void errorsNameFileRowAndColumn() {
    assertThatThrownBy(() -> read("Actor,Capability,Position\nX,1,2\n"))
        .isInstanceOf(UserException.class).hasMessageStartingWith("dir/e.csv:1:4:")
        .hasMessageContaining("'salience'");
    assertThatThrownBy(() -> read("Actor,Capability,Position,Salience\nX,1,2,40\n"))
        .isInstanceOf(UserException.class).hasMessageStartingWith("dir/e.csv:2:4:")
        .hasMessageContaining("0-1");
    assertThatThrownBy(() -> read("Actor,Capability,Position,Salience\nX,1,two,0.4\n"))
        .isInstanceOf(UserException.class).hasMessageStartingWith("dir/e.csv:2:3:")
        .hasMessageContaining("'two'");
    assertThatThrownBy(() -> read("Actor,Power,Position,Salience\n"))
        .isInstanceOf(UserException.class).hasMessageStartingWith("dir/e.csv:1:2:")
        .hasMessageContaining("'Power'");
    assertThatThrownBy(() -> read("Actor,Capability,Position,Salience\n"))
        .isInstanceOf(UserException.class).hasMessageStartingWith("dir/e.csv:2:1:");
  }

  @Test
  void everyBadValueOfTheFileIsReportedWithItsCell() {
    assertThatThrownBy(() -> read("Actor,Capability,Position,Salience\nX,1,two,0.4\n"
        + "Y,1,20,0.5\nZ,0,30,4\n"))
        .isInstanceOf(UserException.class)
        .satisfies(e -> assertThat(((UserException) e).diagnostics())
            .extracting(d -> d.location().toString(), Diagnostic::code)
            .containsExactly(tuple("dir/e.csv:2:3", "not-a-number"),
                tuple("dir/e.csv:4:2", "out-of-range"), tuple("dir/e.csv:4:4", "out-of-range")));
  }
}
