package org.tandem.app.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Files of the repository and built-in resources that the app's tests read. */
final class RepoFiles {
  private RepoFiles() {}

  /** A file of the repository, by its path from the repository's root. */
  static Path path(String relative) {
    Path root = Path.of(System.getProperty("tandem.repo.dir", ".."));
    Path file = root.resolve(relative);
    if (!Files.exists(file)) {
      throw new IllegalStateException("no " + relative + " under " + root.toAbsolutePath());
    }
    return file;
  }

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test fixture of the core module, e.g. {@code tiny.yaml}. */
  static byte[] fixture(String name) {
    return bytes("core/src/test/resources/scenarios/" + name);
  }

  /** The resource of built-in {@code id}, or empty while it has not been written. */
  static Optional<byte[]> builtin(String id) {
    try (InputStream in = RepoFiles.class.getResourceAsStream("/org/tandem/core/scenarios/" + id + ".yaml")) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #builtin(String)}, skipping the calling test while the resource is missing. */
  static byte[] presentBuiltin(String id) {
    Optional<byte[]> bytes = builtin(id);
    assumeTrue(bytes.isPresent(), () -> "built-in scenario " + id + " has no resource yet");
    return bytes.get();
  }
}
