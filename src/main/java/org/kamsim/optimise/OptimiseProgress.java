package org.kamsim.optimise;

/** Told how the optimisation goes; called on the optimiser's thread and, for trials, on workers. */
public interface OptimiseProgress {
  OptimiseProgress NONE = new OptimiseProgress() {};

  /** Trials of a sampling phase done. */
  default void trials(String phase, long done, long total) {}

  /** A generation of a search phase ended. */
  default void generation(OptimisationResult.GenerationRecord generation) {}

  /** A phase starts. */
  default void phase(String phase) {}
}
