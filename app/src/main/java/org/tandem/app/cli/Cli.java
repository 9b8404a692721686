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
    CommandLine commandLine = create(args.length == 0 ? null : args[0], out, err);
    return commandLine.execute(args);
  }

  /** The configured command line with every subcommand, for tests that want to look at it. */
  public static CommandLine create(PrintWriter out, PrintWriter err) {
    return create(null, out, err);
  }

  /**
   * The configured command line. When {@code first} (the first argument) names a subcommand, only
   * that subcommand is built: picocli reads every command's annotations when it is added, which
   * costs a short command such as {@code events aggregate} about a tenth of a second of start-up.
   * Anything else ({@code --help}, {@code --version}, a misspelt command) gets the whole tree, so
   * help and suggestions list every command.
   */
  static CommandLine create(String first, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new TandemCommand());
    boolean named = TandemCommand.SUBCOMMANDS.stream().anyMatch(s -> s.name().equals(first));
    for (TandemCommand.Subcommand s : TandemCommand.SUBCOMMANDS) {
      if (!named || s.name().equals(first)) {
        commandLine.addSubcommand(s.name(), s.type());
      }
    }
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
