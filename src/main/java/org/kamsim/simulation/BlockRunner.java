package org.kamsim.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs numbered blocks of work on a fixed number of threads and hands back their results in block order,
 * whatever order they finished in, so that folding them gives the same bits for any thread count. Each
 * worker thread keeps one {@link Workspace}.
 */
final class BlockRunner {
  private final int threads;
  private final ThreadLocal<Workspace[]> workspaces = new ThreadLocal<>();

  BlockRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
    }
    this.threads = threads;
  }

  /** This thread's workspace for a horizon of {@code months}. */
  Workspace workspace(int months) {
    return workspaces(months, 1)[0];
  }

  /** This thread's {@code count} (at least) workspaces for a horizon of {@code months}, for a pass. */
  Workspace[] workspaces(int months, int count) {
    Workspace[] w = workspaces.get();
    if (w == null || w.length < count || w[0].factor.length != months) {
      w = new Workspace[Math.max(count, w == null ? 0 : w.length)];
      for (int i = 0; i < w.length; i++) {
        w[i] = new Workspace(months);
      }
      workspaces.set(w);
    }
    return w;
  }

  /** Runs blocks 0..n-1 and returns their results in block order. */
  <T> List<T> run(int n, IntFunction<T> task) {
    List<T> results = new ArrayList<>(n);
    run(n, task, results::add);
    return results;
  }

  /**
   * Runs blocks 0..n-1 and hands each result to {@code inBlockOrder} in block order, on the calling
   * thread, as soon as it and every earlier block are done: a result is held only while an earlier block
   * is still running, so memory does not grow with the number of blocks.
   */
  <T> void run(int n, IntFunction<T> task, Consumer<T> inBlockOrder) {
    if (threads == 1 || n <= 1) {
      for (int b = 0; b < n; b++) {
        inBlockOrder.accept(task.apply(b));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
      Thread t = new Thread(r, "kamsim-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>(n);
      for (int b = 0; b < n; b++) {
        final int block = b;
        futures.add(pool.submit(() -> task.apply(block)));
      }
      for (int b = 0; b < n; b++) {
        T result = futures.get(b).get();
        futures.set(b, null); // the future holds its result: let it go once handed on
        inBlockOrder.accept(result);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
