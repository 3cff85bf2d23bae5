package org.kamsim.simulation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads of a run, built once by whoever starts the run (the command line, a test, a
 * benchmark) and handed to the engine as an {@link java.util.concurrent.Executor}, as Jenetics takes its
 * {@code Engine.Builder.executor}. Results never depend on the executor: work is split into numbered blocks
 * whose results are combined in block order.
 */
public final class Workers {
  private Workers() {}

  /**
   * A pool of {@code threads} daemon threads ({@code kamsim-worker-N}), so that a run that ends in an error
   * never keeps the JVM alive. The caller shuts it down.
   */
  public static ExecutorService pool(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
    }
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "kamsim-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    return Executors.newFixedThreadPool(threads, factory);
  }
}
