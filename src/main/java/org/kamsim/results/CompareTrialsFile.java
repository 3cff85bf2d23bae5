package org.kamsim.results;

import java.util.List;

/**
 * {@code compare-trials.csv} of {@code kamsim compare}: each trial's horizon totals, one row per scenario
 * and trial in long ("tidy") form, the scenarios in {@link CompareFile}'s order: a fixed header whatever
 * the scenarios are called, and one pivot away from a trial-by-scenario matrix
 * ({@code df.pivot(index="trial", columns="scenario", values="revenue")} in pandas). {@code trial} is the
 * engine's 0-based trial index; {@code delta_revenue} and {@code delta_profit} are the row's total minus
 * the base's in the same trial, empty when the scenario is not paired with the base (its trial {@code i}
 * saw other draws than the base's). The report's paired-difference histograms are drawn from them.
 */
public final class CompareTrialsFile {
  public static final String NAME = "compare-trials.csv";

  /** As {@link CompareFile#SCENARIO}. */
  public static final ColumnSpec SCENARIO = ColumnSpec.text("scenario");
  public static final ColumnSpec TRIAL = ColumnSpec.integer("trial");
  public static final ColumnSpec REVENUE = ColumnSpec.money("revenue");
  public static final ColumnSpec PROFIT = ColumnSpec.money("profit");
  /** Empty when unpaired. */
  public static final ColumnSpec DELTA_REVENUE = ColumnSpec.money("delta_revenue").optionalNumber();
  /** Empty when unpaired. */
  public static final ColumnSpec DELTA_PROFIT = ColumnSpec.money("delta_profit").optionalNumber();

  public static final List<ColumnSpec> COLUMNS = List.of(SCENARIO, TRIAL, REVENUE, PROFIT, DELTA_REVENUE,
      DELTA_PROFIT);

  private CompareTrialsFile() {}
}
