package org.tandem.core.sweep;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/**
 * The completed points of a sweep, appended to a file as each one finishes so that an
 * interrupted sweep can resume where it stopped.
 *
 * <p>The file is text: a header line with the sweep's fingerprint, a line with the settings it
 * stands for, then one line per completed point, in order: its index, its parameter values and
 * its outputs, each number written so that it reads back exactly. A last line cut short by an
 * interruption is dropped on resume. A file without a header that matches is never overwritten.
 */
public final class Checkpoint {
  private static final String MAGIC = "# tandem sweep checkpoint, format 1, fingerprint ";

  private final Path file;
  private final List<double[]> points = new ArrayList<>();
  private final List<double[]> outputs = new ArrayList<>();

  private Checkpoint(Path file) {
    this.file = file;
  }

  /** A checkpoint that keeps nothing on disk. */
  public static Checkpoint none() {
    return new Checkpoint(null);
  }

  /**
   * Opens {@code file}: a new checkpoint when it does not exist; when it does, the points it holds
   * if {@code resume} and its fingerprint matches, and a user error otherwise.
   */
  public static Checkpoint open(Path file, boolean resume, String fingerprint, String description, int outputCount,
      int parameterCount) {
    Checkpoint c = new Checkpoint(file);
    if (!Files.exists(file)) {
      c.write(MAGIC + fingerprint + "\n# " + description + "\n", false);
      return c;
    }
    Location where = Location.of(file.toString());
    if (!resume) {
      throw UserException.of("checkpoint-exists", where, "a checkpoint of an earlier sweep is here: pass --resume to"
          + " continue it, or remove the file (or choose another with --checkpoint) to start afresh");
    }
    c.read(fingerprint, outputCount, parameterCount);
    return c;
  }

  private void read(String fingerprint, int outputCount, int parameterCount) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw UserException.of("unreadable-file", Location.of(file.toString()), "cannot read the checkpoint: " + e.getMessage());
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    int complete = text.lastIndexOf('\n') + 1;
    String[] lines = text.substring(0, complete).split("\n", -1);
    if (lines.length < 3 || !lines[0].startsWith(MAGIC)) {
      throw UserException.of("checkpoint-mismatch", new Location(file.toString(), 1, 1),
          "this file is not a tandem sweep checkpoint; remove it or choose another with --checkpoint");
    }
    String found = lines[0].substring(MAGIC.length()).trim();
    if (!found.equals(fingerprint)) {
      throw UserException.of("checkpoint-mismatch", new Location(file.toString(), 1, 1),
          "the checkpoint is of a different sweep (" + lines[1].replaceFirst("^# ", "")
          + "); resume with the same scenario, parameters, method, samples, strategy, runs, seed and outputs,"
          + " or remove the file to start afresh");
    }
    for (int i = 2; i < lines.length - 1; i++) {
      parse(lines[i], i + 1, outputCount, parameterCount);
    }
    if (complete < bytes.length) {
      truncate(text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length);
    }
  }

  private void parse(String line, int lineNumber, int outputCount, int parameterCount) {
    String[] parts = line.split("\t", -1);
    Location where = new Location(file.toString(), lineNumber, 1);
    try {
      if (parts.length != 3 || Integer.parseInt(parts[0]) != points.size()) {
        throw new NumberFormatException("expected index " + points.size());
      }
      double[] point = numbers(parts[1], parameterCount);
      double[] values = numbers(parts[2], outputCount);
      points.add(point);
      outputs.add(values);
    } catch (NumberFormatException e) {
      throw UserException.of("checkpoint-mismatch", where, "unreadable checkpoint line (" + e.getMessage()
          + "); remove the file to start afresh");
    }
  }

  private static double[] numbers(String text, int count) {
    String[] words = text.isEmpty() ? new String[0] : text.split(" ");
    if (words.length != count) {
      throw new NumberFormatException("expected " + count + " numbers, found " + words.length);
    }
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = Double.parseDouble(words[i]);
    }
    return out;
  }

  /** Points completed so far: 0 to {@code completed() - 1}. */
  public int completed() {
    return points.size();
  }

  /** The parameter values of completed point {@code i}. */
  public double[] point(int i) {
    return points.get(i).clone();
  }

  /** The outputs of completed point {@code i}. */
  public double[] outputs(int i) {
    return outputs.get(i).clone();
  }

  /** Records point {@code completed()} as done, on disk before returning. */
  public void append(double[] point, double[] values) {
    StringBuilder b = new StringBuilder().append(points.size()).append('\t');
    join(b, point);
    b.append('\t');
    join(b, values);
    b.append('\n');
    points.add(point.clone());
    outputs.add(values.clone());
    if (file != null) {
      write(b.toString(), true);
    }
  }

  private static void join(StringBuilder b, double[] values) {
    for (int i = 0; i < values.length; i++) {
      b.append(i == 0 ? "" : " ").append(Double.toString(values[i]));
    }
  }

  private void write(String text, boolean append) {
    try {
      if (append) {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
      } else {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      }
    } catch (IOException e) {
      throw UserException.of("unwritable-file", Location.of(file.toString()),
          String.format(Locale.ROOT, "cannot write the checkpoint: %s", e.getMessage()));
    }
  }

  private void truncate(long size) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size);
      channel.force(true);
    } catch (IOException e) {
      throw UserException.of("unwritable-file", Location.of(file.toString()), "cannot repair the checkpoint: "
          + e.getMessage());
    }
  }
}
