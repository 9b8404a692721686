package org.tandem.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.tandem.store.Backup;
import org.tandem.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem db info|backup|restore}: the database itself (tracker and event data). */
@Command(name = "db", mixinStandardHelpOptions = true, description = "The tracker's database.",
    subcommands = {DbCommand.Info.class, DbCommand.BackupTo.class, DbCommand.RestoreFrom.class})
public final class DbCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Cli.OK;
  }

  /** Where the database is, what it runs on, its schema version and how many rows each table has. */
  @Command(name = "info", mixinStandardHelpOptions = true, description = "Show the database, its schema version "
      + "and row counts.")
  public static final class Info implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOptions options;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = options.open()) {
        Map<String, Long> counts = Backup.counts(db);
        if (options.json()) {
          ObjectNode node = Json.MAPPER.createObjectNode();
          node.put("database", db.location().display());
          node.put("product", db.product());
          node.put("schemaVersion", db.schemaVersion());
          ObjectNode rows = node.putObject("rows");
          counts.forEach(rows::put);
          out.println(Json.write(node));
        } else {
          out.println("database:       " + db.location().display());
          out.println("product:        " + db.product());
          out.println("schema version: " + db.schemaVersion());
          counts.forEach((table, n) -> out.printf("%-15s %d rows%n", table + ":", n));
        }
      }
      out.flush();
      return Cli.OK;
    }
  }

  /** Writes every row of every table (tracker and events) to a JSON file that {@code db restore} reads back exactly. */
  @Command(name = "backup", mixinStandardHelpOptions = true, description = "Write every row to FILE (JSON).")
  public static final class BackupTo implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOptions options;

    @Parameters(paramLabel = "FILE", description = "The backup file to write; an existing file is kept unless --force.")
    Path file;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
      Path folder = file.toAbsolutePath().getParent();
      if (!Files.isDirectory(folder)) {
        throw UserException.of("no-such-file", Location.of(file.toString()), "no such folder: " + folder);
      }
      OutputFiles.refuseFolder(file);
      if (Files.exists(file) && !force) {
        throw wouldOverwrite(file);
      }
      Path tmp;
      try {
        tmp = Files.createTempFile(folder, ".tandem-backup", ".tmp");
      } catch (IOException e) {
        throw OutputFiles.unwritable(file, "cannot write the backup", e);
      }
      long rows;
      try (Database db = options.open()) {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          rows = Backup.write(db, out);
        } catch (IOException e) {
          throw OutputFiles.unwritable(file, "cannot write the backup", e);
        } catch (UncheckedIOException e) {
          throw OutputFiles.unwritable(file, "cannot write the backup", e.getCause());
        }
        publish(tmp, file, force);
      } finally {
        Files.deleteIfExists(tmp);
      }
      report(spec, options, "backed up", rows, file);
      return Cli.OK;
    }

    /**
     * Puts the finished backup {@code tmp} (beside {@code target}) in place, so that a failed backup
     * never leaves half a file. With {@code replace} an existing target is replaced atomically;
     * without it the target must still not exist at this moment (it may have appeared since the
     * check before the backup began), else {@code would-overwrite} and the target is left alone.
     * On success {@code tmp} is gone; on failure the caller removes it.
     */
    static void publish(Path tmp, Path target, boolean replace) {
      try {
        if (replace) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          return;
        }
        try {
          // A new name for the same file: atomic, and fails if the target exists, which rename does not.
          Files.createLink(target, tmp);
        } catch (FileAlreadyExistsException e) {
          throw wouldOverwrite(target);
        } catch (UnsupportedOperationException | FileSystemException e) {
          // No hard links on this file system (FAT, some network shares): a copy that creates the
          // target exclusively still never replaces it.
          try {
            Files.copy(tmp, target);
          } catch (FileAlreadyExistsException again) {
            throw wouldOverwrite(target);
          }
        }
        Files.delete(tmp);
      } catch (IOException e) {
        throw OutputFiles.unwritable(target, "cannot write the backup", e);
      }
    }

    private static UserException wouldOverwrite(Path file) {
      return UserException.of("would-overwrite", Location.of(file.toString()),
          "the file exists and is kept; choose another name, or give --force to replace it");
    }
  }

  /** Restores a backup into an empty database. */
  @Command(name = "restore", mixinStandardHelpOptions = true,
      description = "Restore a backup FILE into an empty database (a new file or an empty PostgreSQL database).")
  public static final class RestoreFrom implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DbOptions options;

    @Parameters(paramLabel = "FILE", description = "A file written by tandem db backup.")
    Path file;

    @Override
    public Integer call() throws IOException {
      // Checked before the database is opened, which would create it.
      if (!Files.exists(file)) {
        throw UserException.of("no-such-file", Location.of(file.toString()), "no such file");
      }
      if (Files.isDirectory(file)) {
        throw UserException.of("no-such-file", Location.of(file.toString()),
            "this is a folder; expected a file written by tandem db backup");
      }
      long rows;
      try (InputStream in = Files.newInputStream(file); Database db = options.open()) {
        rows = Backup.restore(db, in, file.toString());
      } catch (IOException e) {
        throw unreadable(e);
      } catch (UncheckedIOException e) {
        throw unreadable(e.getCause());
      }
      report(spec, options, "restored", rows, file);
      return Cli.OK;
    }

    private UserException unreadable(IOException e) {
      return UserException.of("unreadable-file", Location.of(file.toString()),
          "cannot read the backup: " + OutputFiles.reason(e));
    }
  }

  private static void report(CommandSpec spec, DbOptions options, String verb, long rows, Path file) {
    PrintWriter out = spec.commandLine().getOut();
    if (options.json()) {
      ObjectNode node = Json.MAPPER.createObjectNode();
      node.put("file", file.toString());
      node.put("rows", rows);
      out.println(Json.write(node));
    } else {
      out.println(verb + " " + rows + " rows (" + file + ")");
    }
    out.flush();
  }
}
