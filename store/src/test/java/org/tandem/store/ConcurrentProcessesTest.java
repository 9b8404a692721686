package org.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two processes writing to one database at the same time lose nothing and corrupt nothing, on
 * PostgreSQL and on an H2 file (which the first process to open it serves to the other, and which
 * the other takes over when the first ends).
 */
@ParameterizedClass
@EnumSource(Vendor.class)
class ConcurrentProcessesTest {
  static final int TOTAL = 20_000;
  static final int BATCH = 500;

  @Parameter Vendor vendor;
  @TempDir Path tempDir;

  @Test
  void twoImportingProcessesBothGetEveryRowIn() throws Exception {
    DbLocation location = TestDatabases.fresh(vendor, tempDir);
    // Create the schema first, so that the two processes do not race to migrate it.
    Database.open(location).close();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> children = new ArrayList<>();
    for (String prefix : List.of("a-", "b-")) {
      children.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          CrashImporter.class.getName(), location.url(), Integer.toString(TOTAL), Integer.toString(BATCH), prefix)
          .redirectErrorStream(true).redirectOutput(tempDir.resolve(prefix + "out").toFile()).start());
    }
    for (Process child : children) {
      assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
    }
    try (Database db = Database.open(location)) {
      for (int i = 0; i < children.size(); i++) {
        String prefix = i == 0 ? "a-" : "b-";
        String output = Files.readString(tempDir.resolve(prefix + "out"));
        assertThat(children.get(i).exitValue()).as(output).isZero();
        assertThat(TestDatabases.one(db, "SELECT COUNT(*) FROM observation WHERE series LIKE '" + prefix + "%'",
            Integer.class)).as(output).isEqualTo(TOTAL);
      }
      assertThat(TestDatabases.one(db, "SELECT COUNT(DISTINCT id) FROM observation", Integer.class))
          .isEqualTo(2 * TOTAL);
    }
  }

  @Test
  void twoRecordingProcessesInterleavingLockedWritesLoseNothing() throws Exception {
    DbLocation location = TestDatabases.fresh(vendor, tempDir);
    try (Database db = Database.open(location)) {
      new org.tandem.store.tracker.Tracker(db, java.time.Clock.systemUTC(), "test")
          .init(org.tandem.core.check.Scenarios.load("korea-2012"));
    }
    int rounds = 40;
    int batch = 50;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> children = new ArrayList<>();
    for (String prefix : List.of("a-", "b-")) {
      children.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          ConcurrentRecorder.class.getName(), location.url(), Integer.toString(rounds), Integer.toString(batch),
          prefix).redirectErrorStream(true).redirectOutput(tempDir.resolve(prefix + "out").toFile()).start());
    }
    for (Process child : children) {
      assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
    }
    try (Database db = Database.open(location)) {
      for (String prefix : List.of("a-", "b-")) {
        String output = Files.readString(tempDir.resolve(prefix + "out"));
        assertThat(children.get(prefix.equals("a-") ? 0 : 1).exitValue()).as(output).isZero();
        assertThat(output).contains("ack " + (rounds - 1)).contains("done");
        assertThat(TestDatabases.one(db, "SELECT COUNT(*) FROM score_entry WHERE recorded_by = '" + prefix + "'",
            Integer.class)).as(output).isEqualTo(rounds);
        assertThat(TestDatabases.one(db, "SELECT COUNT(*) FROM observation WHERE recorded_by = '" + prefix + "'",
            Integer.class)).as(output).isEqualTo(rounds * batch);
      }
    }
  }
}
