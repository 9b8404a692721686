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

  /**
   * Checks {@code --out FILE} (null: standard output) before the command does its work, so that a
   * folder or an unusable path is refused at once rather than after a long run; missing folders are
   * created when the result is written.
   */
  static void check(Path out) {
    if (out != null) {
      OutputFiles.prepare(out);
    }
  }

  static void write(CommandSpec spec, Path out, String text) {
    if (out != null) {
      OutputFiles.createFolders(out);
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        w.write(text);
      } catch (IOException e) {
        throw OutputFiles.unwritable(out, "cannot write the result", e);
      }
      spec.commandLine().getErr().println("tandem: wrote " + out);
    } else {
      PrintWriter writer = spec.commandLine().getOut();
      writer.print(text);
      writer.flush();
    }
  }
}
