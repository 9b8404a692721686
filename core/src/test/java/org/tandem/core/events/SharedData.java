package org.tandem.core.events;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The public data files beside the repository (never copied into it); tests skip when absent. */
public final class SharedData {
  private SharedData() {}

  /** {@code data/events/NAME} under {@code tandem.shared.dir}, or a skipped test naming the file. */
  public static Path events(String name) {
    String dir = System.getProperty("tandem.shared.dir");
    assumeTrue(dir != null, "tandem.shared.dir not set; skipping (needs data/events/" + name + ")");
    Path path = Path.of(dir, "data", "events", name);
    assumeTrue(Files.isRegularFile(path), "missing test data file " + path + "; skipping");
    return path;
  }
}
