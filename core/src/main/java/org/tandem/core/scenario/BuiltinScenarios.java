package org.tandem.core.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The scenarios shipped inside tandem, registered here by id. */
public final class BuiltinScenarios {
  /** The default scenario of every command. */
  public static final String DEFAULT = "korea-2012";

  private static final List<String> IDS = List.of("korea-2012", "iran-2015");

  private BuiltinScenarios() {}

  public static List<String> ids() {
    return IDS;
  }

  /** The file's bytes, or empty when {@code id} is not a built-in. */
  public static Optional<byte[]> bytes(String id) {
    if (!IDS.contains(id)) {
      return Optional.empty();
    }
    try (InputStream in = BuiltinScenarios.class.getResourceAsStream("/org/tandem/core/scenarios/" + id + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("built-in scenario " + id + " is missing from the build");
      }
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
