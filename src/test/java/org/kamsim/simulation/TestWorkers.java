package org.kamsim.simulation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Worker pools for tests, one per thread count, shared by the whole test run (their threads are daemons,
 * so they never keep the JVM alive): tests pass {@code TestWorkers.of(2)} where the command line passes the
 * pool it built from {@code --threads}.
 */
public final class TestWorkers {
  private static final Map<Integer, ExecutorService> POOLS = new ConcurrentHashMap<>();

  private TestWorkers() {}

  public static ExecutorService of(int threads) {
    return POOLS.computeIfAbsent(threads, Workers::pool);
  }
}
