package org.tandem.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it wrote. */
record CliRunner(int exitCode, String out, String err) {

  static CliRunner run(String... args) {
    return runAt(java.time.Clock.systemUTC(), args);
  }

  /** Runs {@code args} on {@code clock}: its instant is the time of recording and its day is "today". */
  static CliRunner runAt(java.time.Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), clock);
    return new CliRunner(code, out.toString(), err.toString());
  }

  /** Runs {@code args} with {@code --no-report} added, so that no report lands in the working directory. */
  static CliRunner runWithoutReport(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = "--no-report";
    return run(all);
  }
}
