package org.kamsim.report;

import org.kamsim.simulation.SimulationResult;
import tech.tablesaw.api.DoubleColumn;

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
    return Frame.of(FILE,
        Frame.ints("trial", lost.length, i -> i),
        DoubleColumn.create("revenue", result.revenueByTrial()),
        DoubleColumn.create("profit", result.profitByTrial()),
        DoubleColumn.create("status_quo_revenue", result.statusQuoRevenueByTrial()),
        DoubleColumn.create("status_quo_profit", result.statusQuoProfitByTrial()),
        DoubleColumn.create("program_cost", result.programCostByTrial()),
        Frame.ints("accounts_lost", lost.length, i -> (int) Math.round(lost[i])));
  }
}
