package org.kamsim.api;

/**
 * Told how far a run has got: {@code done} of {@code total} units of work (trials, usually). Within one
 * stage of a run the counts it sees never go down and the last one equals the total; a run with several
 * stages (a shocked scenario priced without its shocks, the scenarios of a comparison) may start again with
 * another total. Called from the run's worker threads, one call at a time.
 */
@FunctionalInterface
public interface Progress {
  /** Nothing is told. */
  Progress NONE = (done, total) -> { };

  void progress(long done, long total);
}
