package org.kamsim.simulation;

import java.util.concurrent.CancellationException;

/**
 * Where a run checks whether its thread was interrupted: between blocks of trials and between a search's
 * generations, never inside a block, so that the hot loop stays free of it and a cancelled run stops within
 * one block's time (milliseconds). The interrupt status is left set, so that the caller's own waits see it.
 */
public final class Cancellation {
  private Cancellation() {}

  /**
   * Throws if the calling thread was interrupted.
   *
   * @throws CancellationException if it was (its interrupt status stays set)
   */
  public static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("the run was cancelled (its thread was interrupted)");
    }
  }
}
