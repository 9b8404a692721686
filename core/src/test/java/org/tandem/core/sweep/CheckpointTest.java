package org.tandem.core.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.error.UserException;

class CheckpointTest {

  @Test
  void pointsReadBackExactly(@TempDir Path dir) {
    Path file = dir.resolve("c");
    Checkpoint c = Checkpoint.open(file, false, "abc", "settings", 2, 1);
    double awkward = 0.1 + 0.2;
    c.append(new double[] {awkward}, new double[] {1e-300, -0.0});
    c.append(new double[] {3}, new double[] {Math.PI, 24});
    Checkpoint again = Checkpoint.open(file, true, "abc", "settings", 2, 1);
    assertThat(again.completed()).isEqualTo(2);
    assertThat(again.point(0)).containsExactly(awkward);
    assertThat(again.outputs(0)).containsExactly(1e-300, -0.0);
    assertThat(again.outputs(1)).containsExactly(Math.PI, 24);
  }

  @Test
  void lineCutShortIsDroppedAndTheFileRepaired(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c");
    Checkpoint c = Checkpoint.open(file, false, "abc", "settings", 1, 1);
    c.append(new double[] {1}, new double[] {2});
    String complete = Files.readString(file);
    Files.writeString(file, complete + "1\t5\t0.12", StandardCharsets.UTF_8);
    Checkpoint resumed = Checkpoint.open(file, true, "abc", "settings", 1, 1);
    assertThat(resumed.completed()).isEqualTo(1);
    assertThat(Files.readString(file)).isEqualTo(complete);
    resumed.append(new double[] {5}, new double[] {7});
    assertThat(Files.readAllLines(file)).endsWith("1\t5.0\t7.0");
  }

  @Test
  void otherFingerprintOrOtherFileIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c");
    Checkpoint.open(file, false, "abc", "seed=1", 1, 1);
    String before = Files.readString(file);
    UserException other = catchThrowableOfType(UserException.class,
        () -> Checkpoint.open(file, true, "xyz", "seed=2", 1, 1));
    assertThat(other.getMessage()).contains("different sweep (seed=1)");
    UserException noResume = catchThrowableOfType(UserException.class,
        () -> Checkpoint.open(file, false, "abc", "seed=1", 1, 1));
    assertThat(noResume.diagnostics().get(0).code()).isEqualTo("checkpoint-exists");
    assertThat(Files.readString(file)).isEqualTo(before);
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "shopping list\n");
    UserException foreign = catchThrowableOfType(UserException.class,
        () -> Checkpoint.open(notes, true, "abc", "seed=1", 1, 1));
    assertThat(foreign.getMessage()).contains("not a tandem sweep checkpoint");
    assertThat(Files.readString(notes)).isEqualTo("shopping list\n");
  }
}
