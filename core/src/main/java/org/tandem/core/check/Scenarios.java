package org.tandem.core.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.BuiltinScenarios;
import org.tandem.core.scenario.Scenario;
import org.tandem.core.scenario.ScenarioLoader;

/** Finds, loads and checks scenarios named by a file path or a built-in id. */
public final class Scenarios {
  private Scenarios() {}

  /** Loads and checks the bytes of one scenario file. */
  public static CheckResult check(byte[] bytes, String sourceName) {
    Problems problems = new Problems();
    Scenario scenario = ScenarioLoader.load(bytes, sourceName, problems);
    if (scenario != null) {
      ScenarioChecker.check(scenario, problems);
    }
    return new CheckResult(sourceName, problems.hasErrors() ? null : scenario, problems.all());
  }

  /**
   * Loads and checks a scenario named by a path or a built-in id (a file wins over a built-in of
   * the same name). Throws a {@link UserException} with every error when it has any.
   */
  public static Scenario load(String fileOrId) {
    CheckResult result = check(read(fileOrId), fileOrId);
    if (!result.ok()) {
      throw new UserException(result.diagnostics().stream().filter(d -> d.isError()).toList());
    }
    return result.scenario();
  }

  /** The bytes of the file at {@code fileOrId}, or of the built-in with that id. */
  public static byte[] read(String fileOrId) {
    Path path = Path.of(fileOrId);
    if (Files.isRegularFile(path)) {
      try {
        return Files.readAllBytes(path);
      } catch (IOException e) {
        throw UserException.of("unreadable-file", Location.of(fileOrId), "cannot read the file: " + e.getMessage());
      }
    }
    Optional<byte[]> builtin = BuiltinScenarios.bytes(fileOrId);
    if (builtin.isPresent()) {
      return builtin.get();
    }
    String what = Files.isDirectory(path) ? "is a directory, not a scenario file"
        : "is neither a file nor a built-in scenario (built-ins: " + String.join(", ", BuiltinScenarios.ids()) + ")";
    throw UserException.of("no-such-scenario", Location.of(fileOrId), "'" + fileOrId + "' " + what);
  }

}
