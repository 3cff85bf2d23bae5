package org.kamsim.results;

import java.util.List;

/**
 * {@code convergence.csv} of {@code kamsim optimise}: per generation of each search phase ({@code joint},
 * then {@code headcount K}), the best and the mean objective of the population on the search trials and
 * the best plan's headcount.
 */
public final class ConvergenceFile {
  public static final String NAME = "convergence.csv";
  /** The phase that searches key set and headcount together. */
  public static final String JOINT = "joint";

  public static final ColumnSpec PHASE = ColumnSpec.text("phase");
  public static final ColumnSpec GENERATION = ColumnSpec.integer("generation");
  public static final ColumnSpec BEST = ColumnSpec.money("best");
  public static final ColumnSpec MEAN = ColumnSpec.money("mean");
  public static final ColumnSpec BEST_HEADCOUNT = ColumnSpec.integer("best_headcount");

  public static final List<ColumnSpec> COLUMNS = List.of(PHASE, GENERATION, BEST, MEAN, BEST_HEADCOUNT);

  private ConvergenceFile() {}
}
