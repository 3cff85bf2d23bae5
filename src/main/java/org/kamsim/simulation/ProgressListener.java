package org.kamsim.simulation;

/** Told how many trials are done; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (done, total) -> { };

  void progress(long done, long total);
}
