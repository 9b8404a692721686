package org.tandem.core.sim;

/** Told how many runs have completed; called from worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = done -> { };

  void completed(long runsDone);
}
