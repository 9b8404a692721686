package org.tandem.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.error.UserException;

class InputFilesTest {

  @Test
  void directoriesExpandToTheirCsvAndXmlFilesSortedByName(@TempDir Path dir)
      throws IOException {
    for (String name : List.of("b.csv", "a.XML", "c.txt", "d.csv")) {
      Files.writeString(dir.resolve(name), "x");
    }
    Files.createDirectory(dir.resolve("e.csv"));
    Path single = Files.writeString(dir.resolve("c.txt"), "x");
    assertThat(InputFiles.expand(List.of(single, dir))).containsExactly(single,
        dir.resolve("a.XML"), dir.resolve("b.csv"), dir.resolve("d.csv"));
  }

  @Test
  void missingPathsAndEmptyDirectoriesAreUserErrors(@TempDir Path dir) {
    assertThatThrownBy(() -> InputFiles.expand(List.of(dir))).isInstanceOf(UserException.class)
        .hasMessageContaining("found none");
    assertThatThrownBy(() -> InputFiles.expand(List.of(dir.resolve("x"))))
        .isInstanceOf(UserException.class).hasMessageContaining("found nothing");
  }
}
