package org.tandem.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tandem.core.error.Location;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;
import org.tandem.core.scenario.BuiltinScenarios;

/**
 * Expands the command line's FILE arguments (those that are not built-in scenario ids): a directory
 * stands for its CSV and XML files.
 */
final class InputFiles {
  private InputFiles() {}

  /** The files to read, in argument order; each directory's files sorted by name. */
  static List<Path> expand(List<Path> arguments) {
    List<Path> files = new ArrayList<>();
    for (Path argument : arguments) {
      if (Files.isDirectory(argument)) {
        List<Path> inside = listInputs(argument);
        if (inside.isEmpty()) {
          throw UserException.of("no-inputs", Location.of(argument.toString()),
              "expected .csv or .xml files in this directory, found none");
        }
        files.addAll(inside);
      } else if (Files.isRegularFile(argument)) {
        files.add(argument);
      } else {
        throw UserException.of("no-such-file", Location.of(argument.toString()),
            "expected a file, a directory or a built-in scenario id, found nothing at this path"
                + Suggestions.hint(argument.toString(), BuiltinScenarios.ids()));
      }
    }
    return files;
  }

  private static List<Path> listInputs(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(Files::isRegularFile).filter(p -> {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xml");
      }).sorted().toList();
    } catch (IOException e) {
      throw UserException.of("unreadable-directory", Location.of(directory.toString()),
          "cannot list the directory: " + e.getMessage());
    }
  }
}
