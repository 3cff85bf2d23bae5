package org.kamsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.simulation.SimulationResult;

/**
 * {@code trials.csv}: the horizon totals of every trial, so that distributions and charts can be rebuilt
 * without simulating again. {@code trial} is the engine's 0-based trial index (the one its random streams
 * derive from); {@code accounts_lost} is a count.
 */
public final class TrialsCsv {
  public static final String FILE = "trials.csv";
  public static final List<String> COLUMNS =
      List.of("trial", "revenue", "profit", "status_quo_revenue", "status_quo_profit",
          "program_cost", "accounts_lost");

  private TrialsCsv() {}

  public static void write(SimulationResult result, Path file) throws IOException {
    double[] revenue = result.revenueByTrial();
    double[] profit = result.profitByTrial();
    double[] statusQuoRevenue = result.statusQuoRevenueByTrial();
    double[] statusQuoProfit = result.statusQuoProfitByTrial();
    double[] programCost = result.programCostByTrial();
    double[] lost = result.accountsLostByTrial();
    try (Csv csv = Csv.create(file, COLUMNS)) {
      for (int i = 0; i < revenue.length; i++) {
        csv.integer(i)
            .number(revenue[i])
            .number(profit[i])
            .number(statusQuoRevenue[i])
            .number(statusQuoProfit[i])
            .number(programCost[i])
            .integer(Math.round(lost[i]))
            .endRow();
      }
    }
  }
}
