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
 * Two processes writing to one database at the same time lose nothing and corrupt nothing. On
 * PostgreSQL both write; an H2 file is used by one process at a time, so there the second process
 * must either get in after the first (and write everything) or be refused at opening and write
 * nothing.
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
    int succeeded = 0;
    try (Database db = Database.open(location)) {
      for (int i = 0; i < children.size(); i++) {
        String prefix = i == 0 ? "a-" : "b-";
        String output = Files.readString(tempDir.resolve(prefix + "out"));
        int rows = TestDatabases.one(db, "SELECT COUNT(*) FROM observation WHERE series LIKE '" + prefix + "%'",
            Integer.class);
        if (children.get(i).exitValue() == 0) {
          succeeded++;
          assertThat(rows).as(output).isEqualTo(TOTAL);
        } else {
          assertThat(vendor).as("only an H2 file may refuse a second process: " + output).isEqualTo(Vendor.H2);
          assertThat(output).as("refused at opening").doesNotContain("ack ").contains("in use by another process");
          assertThat(rows).isZero();
        }
      }
      assertThat(TestDatabases.one(db, "SELECT COUNT(DISTINCT id) FROM observation", Integer.class))
          .isEqualTo(succeeded * TOTAL);
    }
    assertThat(succeeded).isGreaterThanOrEqualTo(vendor == Vendor.H2 ? 1 : 2);
  }
}
