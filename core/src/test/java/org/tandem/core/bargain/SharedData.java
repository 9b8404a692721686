package org.tandem.core.bargain;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public test data kept beside the repository (system property {@code tandem.shared.dir}).
 * Tests that need a file are skipped, naming the file, when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The path of {@code data/<relative>}, or a skipped test if it is missing. */
  public static Path file(String relative) {
    String dir = System.getProperty("tandem.shared.dir");
    assumeTrue(dir != null, "system property tandem.shared.dir is not set; skipping (needs data/"
        + relative + ")");
    Path path = Path.of(dir, "data", relative);
    assumeTrue(Files.isRegularFile(path), "missing test data file " + path + "; skipping");
    return path;
  }

  /** The content of {@code data/<relative>} as UTF-8, or a skipped test if it is missing. */
  public static String text(String relative) {
    try {
      return Files.readString(file(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
