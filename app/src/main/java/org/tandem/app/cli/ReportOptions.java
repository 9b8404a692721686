package org.tandem.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.report.Report;
import picocli.CommandLine.Option;

/** The report options shared by simulate, compare and sweep: where the HTML report goes, or none, and chart files. */
final class ReportOptions {
  /** The report's file when none is named: in the working directory. */
  static final String DEFAULT_FILE = "tandem-report.html";

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write the HTML report to FILE (default: " + DEFAULT_FILE + " in the working directory).")
  Path report;

  @Option(names = "--no-report", description = "Write no HTML report.")
  boolean noReport;

  @Option(names = "--charts", paramLabel = "DIR", description = "Also write each chart as SVG and PNG into DIR.")
  Path charts;

  /**
   * Refuses contradictory options before any work is done: {@code --no-report} with
   * {@code --report} or {@code --charts}.
   */
  void check() {
    if (noReport && (report != null || charts != null)) {
      throw UserException.of("wrong-option", Location.of("--no-report"), "--no-report cannot go with "
          + (report != null ? "--report " + report : "--charts " + charts) + ": choose one");
    }
    if (!noReport) {
      OutputFiles.prepare(file()); // before the run, not after it
    }
    if (charts != null && Files.exists(charts) && !Files.isDirectory(charts)) {
      throw UserException.of("unwritable-file", Location.of(charts.toString()),
          "--charts needs a folder, and this is a file");
    }
  }

  /** Whether a report is wanted. */
  boolean wanted() {
    return !noReport;
  }

  /** The report's file. */
  Path file() {
    return report != null ? report : Path.of(DEFAULT_FILE);
  }

  /**
   * Writes {@code report} to {@link #file()} and, with {@code --charts}, its charts into that
   * directory; prints each path on {@code err}. A {@code variant} (one of several reports of one
   * command, e.g. {@code us-election-2012-republican}) goes into the file name before its
   * extension and into a subdirectory of the charts directory; null for the only report.
   */
  void write(Report report, String variant, PrintWriter err) {
    Path file = variant == null ? file() : withSuffix(file(), variant);
    try {
      report.write(file);
    } catch (IOException e) {
      throw OutputFiles.unwritable(file, "cannot write the report", e);
    }
    err.println("tandem: report " + file.toAbsolutePath().normalize());
    if (charts != null) {
      Path dir = variant == null ? charts : charts.resolve(variant);
      List<Path> written;
      try {
        written = report.writeCharts(dir);
      } catch (IOException e) {
        throw OutputFiles.unwritable(dir, "cannot write the charts", e);
      }
      err.println("tandem: " + written.size() + " chart files in " + dir.toAbsolutePath().normalize());
    }
    err.flush();
  }

  /** FILE with {@code -suffix} before its extension: {@code r.html} -> {@code r-suffix.html}. */
  static Path withSuffix(Path file, String suffix) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String renamed = dot > 0 ? name.substring(0, dot) + "-" + suffix + name.substring(dot) : name + "-" + suffix;
    return file.resolveSibling(renamed);
  }
}
