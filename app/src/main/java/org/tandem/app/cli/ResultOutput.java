package org.tandem.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a command's result to {@code --out FILE} (saying so on stderr) or to standard output. */
final class ResultOutput {
  private ResultOutput() {}

  static void write(CommandSpec spec, Path out, String text) throws IOException {
    if (out != null) {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        w.write(text);
      }
      spec.commandLine().getErr().println("tandem: wrote " + out);
    } else {
      PrintWriter writer = spec.commandLine().getOut();
      writer.print(text);
      writer.flush();
    }
  }
}
