package org.kamsim.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.kamsim.model.Scenario;

/**
 * Runs numbered blocks of work on an {@link Executor} and hands back their results in block order,
 * whatever order they finished in, so that folding them gives the same bits for any executor. Each worker
 * thread keeps one set of {@link Workspace}s. As a {@link BlockExecutor} it is the engine's local one: a run's
 * passes go through the same {@link BlockJob}s and the same fold whether they run here or remotely.
 */
final class BlockRunner implements BlockExecutor {
  /**
   * Most blocks submitted and not yet folded: enough to keep every core of a large machine busy while
   * the oldest block finishes, few enough that their results (per-account sums) stay small.
   */
  static final int WINDOW = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());

  private final Executor executor;
  private final ThreadLocal<Workspace[]> workspaces = new ThreadLocal<>();
  /** The worker of the scenario last run: a run's passes share its kernels. */
  private BlockWorker worker;

  BlockRunner(Executor executor) {
    this.executor = executor;
  }

  /** This thread's workspace for a horizon of {@code months}. */
  Workspace workspace(int months) {
    return workspaces(months, 1)[0];
  }

  /** This thread's {@code count} (at least) workspaces for a horizon of {@code months}, for a pass. */
  Workspace[] workspaces(int months, int count) {
    return BlockWorker.workspaces(workspaces, months, count);
  }

  @Override
  public <T extends java.io.Serializable> void run(Scenario scenario, BlockJob<T> job, int n,
      Consumer<T> inBlockOrder) {
    BlockWorker w = worker;
    if (w == null || w.scenario() != scenario) {
      w = new BlockWorker(scenario);
      worker = w;
    }
    BlockWorker current = w;
    run(n, b -> current.compute(job, b), inBlockOrder);
  }

  /** Runs blocks 0..n-1 and returns their results in block order. */
  <T> List<T> run(int n, IntFunction<T> task) {
    List<T> results = new ArrayList<>(n);
    run(n, task, results::add);
    return results;
  }

  /**
   * Runs blocks 0..n-1 and hands each result to {@code inBlockOrder} in block order, on the calling
   * thread, as soon as it and every earlier block are done. At most {@link #WINDOW} blocks are in flight;
   * none is submitted while the oldest is already done, so an executor that runs tasks on the calling
   * thread holds one result at a time. Between blocks it checks whether the calling thread was
   * interrupted ({@link Cancellation}); if so it abandons the blocks not yet begun and throws.
   */
  <T> void run(int n, IntFunction<T> task, Consumer<T> inBlockOrder) {
    ArrayDeque<CompletableFuture<T>> inFlight = new ArrayDeque<>();
    int next = 0;
    for (int folded = 0; folded < n; folded++) {
      if (Thread.currentThread().isInterrupted()) {
        inFlight.forEach(f -> f.cancel(false)); // a block not yet begun never runs
        Cancellation.check();
      }
      while (next < n && inFlight.size() < WINDOW && (inFlight.isEmpty() || !inFlight.peek().isDone())) {
        final int block = next++;
        inFlight.add(CompletableFuture.supplyAsync(() -> task.apply(block), executor));
      }
      inBlockOrder.accept(join(inFlight.poll()));
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
