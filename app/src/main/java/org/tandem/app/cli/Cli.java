package org.tandem.app.cli;

import java.io.PrintWriter;
import org.tandem.core.error.Diagnostic;
import org.tandem.core.error.UserException;
import picocli.CommandLine;

/** Builds the command line and runs it against injected writers; returns the exit code. */
public final class Cli {
  /** Everything went well. */
  public static final int OK = 0;
  /** A bug or an environment failure. */
  public static final int INTERNAL = 1;
  /** The user's input or request was wrong. */
  public static final int USER_ERROR = 2;

  private Cli() {}

  /** Runs {@code args}; never throws, never exits. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = create(out, err);
    return commandLine.execute(args);
  }

  /** The configured command line, for tests that want to look at it. */
  public static CommandLine create(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new TandemCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
      if (exception instanceof UserException user) {
        for (Diagnostic diagnostic : user.diagnostics()) {
          err.println(diagnostic);
        }
        err.flush();
        return USER_ERROR;
      }
      err.println("tandem: internal error (a bug, please report it with this trace):");
      exception.printStackTrace(err);
      err.flush();
      return INTERNAL;
    });
    return commandLine;
  }
}
