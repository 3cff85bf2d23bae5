package org.kamsim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.BlockExecutor;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.Simulator;

/**
 * Runs the scenarios of an analysis one after the other, each on every thread, with one progress count over
 * all of them. Runs are never priced against their own shocks ({@link Simulator#run(Scenario, boolean)}):
 * an analysis compares each run with a base of its own, on the same draws.
 *
 * <p>The blocks of trials run on the local threads, or on a {@link BlockExecutor} made for each scenario (a
 * Spark cluster's, say): the results are the same bits either way, since every block is a function of
 * (scenario, seed, block index) and is folded in block order.
 */
public final class Runs {
  private final Executor executor;
  /** A block executor for each scenario run, or null to run the blocks on {@link #executor}. */
  private final Function<Scenario, BlockExecutor> blocks;
  private final ProgressListener progress;

  /**
   * @param executor runs the blocks of trials; results do not depend on it
   * @param progress told how many trials are done out of all the runs'
   */
  public Runs(Executor executor, ProgressListener progress) {
    this(executor, null, progress);
  }

  /**
   * Runs whose blocks of trials {@code blocks} computes: it is given each scenario before its run, and an
   * executor it returns that is {@link AutoCloseable} is closed after that run.
   *
   * @param executor runs the rest (the sorts of each run's quantiles)
   * @param blocks the executor of each scenario's blocks; null for the local threads of {@code executor}
   */
  public Runs(Executor executor, Function<Scenario, BlockExecutor> blocks, ProgressListener progress) {
    this.executor = executor;
    this.blocks = blocks;
    this.progress = progress;
  }

  /** The same runs telling {@code listener} instead. */
  Runs withProgress(ProgressListener listener) {
    return new Runs(executor, blocks, listener);
  }

  /** What these runs tell of their progress. */
  ProgressListener progress() {
    return progress;
  }

  /** The outcome of each scenario, in order. */
  public List<Outcome> run(List<Scenario> scenarios) {
    long total = 0;
    for (Scenario s : scenarios) {
      total += Simulator.workOf(s, false);
    }
    List<Outcome> outcomes = new ArrayList<>(scenarios.size());
    long before = 0;
    for (Scenario s : scenarios) {
      long offset = before;
      long all = total;
      ProgressListener listener = (done, ofRun) -> progress.progress(offset + done, all);
      if (blocks == null) {
        outcomes.add(Outcome.of(new Simulator(executor, listener).run(s, false)));
      } else {
        BlockExecutor b = blocks.apply(s);
        try {
          outcomes.add(Outcome.of(new Simulator(executor, b, listener).run(s, false)));
        } finally {
          BlockExecutor.close(b);
        }
      }
      before += Simulator.workOf(s, false);
    }
    return outcomes;
  }
}
