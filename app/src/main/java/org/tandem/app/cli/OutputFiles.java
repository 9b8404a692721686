package org.tandem.app.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * Checks on the files a command writes, so that an unusable path is a one-line user error
 * ({@code unwritable-file}) naming it, not a stack trace.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Makes {@code file} ready to be written, before any work is done: refuses a folder and a parent
   * path that runs through a file, and creates missing parent folders (as {@code --report} does).
   */
  static void prepare(Path file) {
    refuseFolder(file);
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (FileAlreadyExistsException e) {
      throw UserException.of("unwritable-file", Location.of(file.toString()), "cannot create its folder: "
          + e.getFile() + " is a file, not a folder");
    } catch (IOException e) {
      throw unwritable(file, "cannot create its folder", e);
    }
    if (!Files.isWritable(parent) || Files.exists(file) && !Files.isWritable(file)) {
      throw UserException.of("unwritable-file", Location.of(file.toString()), "cannot write here: permission denied");
    }
  }

  /** Refuses a {@code file} that is a folder: a command that writes one file needs a file's name. */
  static void refuseFolder(Path file) {
    if (Files.isDirectory(file)) {
      throw UserException.of("unwritable-file", Location.of(file.toString()),
          "this is a folder; expected the name of a file to write");
    }
  }

  /** The user error for {@code e}, met while {@code doing} something to {@code file}. */
  static UserException unwritable(Path file, String doing, IOException e) {
    return UserException.of("unwritable-file", Location.of(file.toString()), doing + ": " + reason(e));
  }

  /** What went wrong, in words and without the exception's class name. */
  static String reason(IOException e) {
    if (!(e instanceof FileSystemException f)) {
      return String.valueOf(e.getMessage());
    }
    String why = e instanceof NoSuchFileException ? "no such file or folder"
        : e instanceof AccessDeniedException ? "permission denied"
        : e instanceof FileAlreadyExistsException ? "already exists"
        : f.getReason() != null ? f.getReason()
        : "cannot be written";
    return f.getFile() == null ? why : f.getFile() + ": " + why;
  }
}
