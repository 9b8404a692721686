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
   * Checks, before any work is done and without creating anything, that {@code file} can be
   * written: it is not a folder, the nearest folder of its path that exists is a folder (not a
   * file in the way) and writable. Missing folders are created when the file is written ({@link
   * #createFolders}), so a command that fails first leaves none behind.
   */
  static void prepare(Path file) {
    refuseFolder(file);
    Path existing = file.toAbsolutePath().getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    if (!Files.isDirectory(existing)) {
      throw UserException.of("unwritable-file", Location.of(file.toString()), "cannot create its folder: "
          + existing + " is a file, not a folder");
    }
    if (!Files.isWritable(existing) || Files.exists(file) && !Files.isWritable(file)) {
      throw UserException.of("unwritable-file", Location.of(file.toString()), "cannot write here: permission denied");
    }
  }

  /** Creates the missing folders of {@code file}'s path (as {@code --report} does), just before it is written. */
  static void createFolders(Path file) {
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
