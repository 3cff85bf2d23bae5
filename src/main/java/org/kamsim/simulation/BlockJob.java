package org.kamsim.simulation;

import java.io.Serializable;

/**
 * One pass of a run, as numbered blocks of trials: what a block computes, given the scenario's
 * {@link BlockWorker} and the block's index, and nothing else. Serializable, and small (at most the trial
 * indexes the pass runs), so that a remote executor can be sent it once per pass.
 *
 * @param <T> a block's result: sums and per-trial figures of the block's trials, folded in block order
 */
public interface BlockJob<T extends Serializable> extends Serializable {
  /** Block {@code block} of this pass; called on any thread, concurrently with other blocks. */
  T compute(BlockWorker worker, int block);
}
