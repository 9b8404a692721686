package org.tandem.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
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

  /** Runs {@code args} on the system clock (UTC); never throws, never exits. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Clock.systemUTC());
  }

  /**
   * Runs {@code args} with {@code clock} as the time of recording and the "today" that no recorded
   * date may pass, so that tests do not depend on the day they run.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    CommandLine commandLine = create(out, err, clock);
    return commandLine.execute(args);
  }

  /** The configured command line on the system clock, for tests that want to look at it. */
  public static CommandLine create(PrintWriter out, PrintWriter err) {
    return create(out, err, Clock.systemUTC());
  }

  /** The configured command line; {@code clock} reaches every command through its database options. */
  public static CommandLine create(PrintWriter out, PrintWriter err, Clock clock) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == DbOptions.class ? type.cast(new DbOptions(clock)) : defaults.create(type);
      }
    };
    CommandLine commandLine = new CommandLine(new TandemCommand(), factory);
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
