package org.tandem.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tandem.core.error.UserException;

/** Runs the same task on several daemon threads and collects each one's result, in order. */
final class Workers {
  private Workers() {}

  /**
   * Runs {@code task} on {@code threads} threads; a user error in any of them is rethrown as is,
   * anything else as a bug.
   */
  static <T> List<T> run(int threads, String name, Callable<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + " interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UserException user) {
        throw user;
      }
      throw new IllegalStateException("a " + name + " worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
