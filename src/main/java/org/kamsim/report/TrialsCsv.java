package org.kamsim.report;

import org.kamsim.simulation.SimulationResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;

/**
 * {@code trials.csv}: the horizon totals of every trial, so that distributions and charts can be rebuilt
 * without simulating again. {@code trial} is the engine's 0-based trial index (the one its random streams
 * derive from); {@code accounts_lost} is a count.
 */
public final class TrialsCsv {
  public static final String FILE = "trials.csv";

  private TrialsCsv() {}

  /** The file's table, as {@link Csv#write} writes it. */
  static Frame frame(SimulationResult result) {
    double[] lost = result.accountsLostByTrial();
    int[] trial = new int[lost.length];
    int[] lostCount = new int[lost.length];
    for (int i = 0; i < lost.length; i++) {
      trial[i] = i;
      lostCount[i] = (int) Math.round(lost[i]);
    }
    return Frame.of(FILE,
        IntColumn.create("trial", trial),
        DoubleColumn.create("revenue", result.revenueByTrial()),
        DoubleColumn.create("profit", result.profitByTrial()),
        DoubleColumn.create("status_quo_revenue", result.statusQuoRevenueByTrial()),
        DoubleColumn.create("status_quo_profit", result.statusQuoProfitByTrial()),
        DoubleColumn.create("program_cost", result.programCostByTrial()),
        IntColumn.create("accounts_lost", lostCount));
  }
}
