package org.kamsim.simulation;

import java.io.Serializable;
import java.util.function.Consumer;
import org.kamsim.model.Scenario;

/**
 * Where the blocks of a run's passes are computed: on the engine's own threads ({@link BlockRunner}), or
 * anywhere else that can compute a {@link BlockJob} from the scenario and a block index, such as Spark tasks
 * on a cluster. A block's result is a pure function of (scenario, seed, job, block index), and the results are
 * folded in block order, never in arrival order, so every executor gives the same bits.
 */
public interface BlockExecutor {
  /**
   * Computes blocks {@code 0..n-1} of {@code job}, each as {@code job.compute(worker, b)} with a
   * {@link BlockWorker} of {@code scenario}, and hands each result to {@code inBlockOrder} in block order,
   * on the calling thread.
   */
  <T extends Serializable> void run(Scenario scenario, BlockJob<T> job, int n, Consumer<T> inBlockOrder);

  /** Closes {@code b} if it holds anything (a Spark executor's broadcast scenario), once its runs are done. */
  static void close(BlockExecutor b) {
    if (b instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("closing the block executor: " + e.getMessage(), e);
      }
    }
  }
}
