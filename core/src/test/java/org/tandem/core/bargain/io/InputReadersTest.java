package org.tandem.core.bargain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.error.UserException;

class InputReadersTest {

  @Test
  void detectsEachFormatFromItsContent() {
    assertThat(InputReaders.detect("\uFEFF  <?xml version=\"1.0\"?><Scenario/>"))
        .isEqualTo(InputFormat.KTAB_XML);
    assertThat(InputReaders.detect("Actor,Capability,Position,Salience\nX,1,2,0.3"))
        .isEqualTo(InputFormat.BDM_CSV);
    assertThat(InputReaders.detect("XYZ, XYZ Issue, 40, 1,\nActor, Description, Influence"))
        .isEqualTo(InputFormat.KTAB_CSV);
  }

  @Test
  void formatIdsRoundTrip() {
    for (InputFormat f : InputFormat.values()) {
      assertThat(InputFormat.fromId(f.id())).contains(f);
    }
    assertThat(InputFormat.fromId("yaml")).isEmpty();
  }

  @Test
  void unreadableAndNonUtf8FilesAreUserErrors(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> InputReaders.read(missing, null)).isInstanceOf(UserException.class)
        .hasMessageContaining("missing.csv").hasMessageContaining("cannot read");
    Path latin = dir.resolve("latin.csv");
    Files.write(latin, new byte[] {'A', ',', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> InputReaders.read(latin, null)).isInstanceOf(UserException.class)
        .hasMessageContaining("latin.csv:1:3").hasMessageContaining("UTF-8").hasMessageContaining("byte 3 of the file, 0xe9");
  }
}
