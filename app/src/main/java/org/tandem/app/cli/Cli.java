package org.tandem.app.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
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
    CommandLine commandLine = create(args, out, err, clock);
    return commandLine.execute(args);
  }

  /** The configured command line with every subcommand on the system clock, for tests that want to look at it. */
  public static CommandLine create(PrintWriter out, PrintWriter err) {
    return create(new String[0], out, err, Clock.systemUTC());
  }

  /** The configured command line for {@code args} on the system clock. */
  static CommandLine create(String[] args, PrintWriter out, PrintWriter err) {
    return create(args, out, err, Clock.systemUTC());
  }

  /**
   * The configured command line for {@code args}; {@code clock} reaches every option set and
   * command that takes a clock in its constructor (the database options, {@code events ingest}
   * and {@code events show}). When the first argument names a subcommand, only that subcommand is built,
   * and likewise one level down (e.g. {@code events aggregate}): picocli reads every command's
   * annotations when it is added, which costs a short command such as {@code events aggregate}
   * about a tenth of a second of start-up. Anything else ({@code --help}, {@code --version}, a
   * misspelt command) gets the whole level, so help and suggestions list every command.
   */
  static CommandLine create(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
          if (Arrays.equals(constructor.getParameterTypes(), new Class<?>[] {Clock.class})) {
            constructor.setAccessible(true); // the options and commands are package-private
            return type.cast(constructor.newInstance(clock)); // whatever takes a clock gets this one
          }
        }
        return defaults.create(type);
      }
    };
    CommandLine commandLine = new CommandLine(new TandemCommand(), factory);
    addSubcommands(commandLine, TandemCommand.SUBCOMMANDS, args, 0, factory);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.registerConverter(LocalDate.class, Cli::date);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      // One line, as for every other user error, not the whole usage text.
      CommandLine cmd = exception.getCommandLine();
      err.println(cmd.getCommandSpec().qualifiedName() + ": error: " + exception.getMessage() + " [bad-option]");
      if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
        CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
      }
      err.println("(see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
      err.flush();
      return USER_ERROR;
    });
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

  /** A day written YYYY-MM-DD, with a message that names the format rather than the parser. */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expected a day as YYYY-MM-DD, found '" + text + "'");
    }
  }

  private static void addSubcommands(CommandLine parent, List<TandemCommand.Subcommand> subcommands, String[] args,
      int depth, CommandLine.IFactory factory) {
    String named = depth < args.length ? args[depth] : null;
    boolean known = subcommands.stream().anyMatch(s -> s.name().equals(named));
    for (TandemCommand.Subcommand s : subcommands) {
      if (!known || s.name().equals(named)) {
        CommandLine child = new CommandLine(s.type(), factory);
        parent.addSubcommand(s.name(), child);
        addSubcommands(child, s.subcommands(), args, known ? depth + 1 : args.length, factory);
      }
    }
  }
}
