package org.tandem.app.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tandem.core.sim.ProgressListener;

/**
 * A progress bar on stderr for work that takes more than a second: it appears only after the
 * first second, and never when disabled (quiet, or no terminal).
 */
final class Progress implements ProgressListener, AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;

  private final String task;
  private final long total;
  private final boolean enabled;
  private final PrintStream stream;
  private final long started = System.nanoTime();
  private ProgressBar bar;

  Progress(String task, long total, boolean enabled, PrintStream stream) {
    this.task = task;
    this.total = total;
    this.enabled = enabled;
    this.stream = stream;
  }

  /**
   * Whether a person is watching standard error. Java 17 cannot ask whether one stream is a
   * terminal, so on Linux this reads where file descriptor 2 points; elsewhere it falls back to
   * whether a console is attached (which needs standard output to be a terminal too).
   */
  static boolean interactive() {
    try {
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  @Override
  public synchronized void completed(long done) {
    if (!enabled) {
      return;
    }
    if (bar == null) {
      if (System.nanoTime() - started < DELAY_NANOS) {
        return;
      }
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(stream)).setUpdateIntervalMillis(250).build();
    }
    bar.stepTo(done);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
