package org.kamsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamsim.simulation.Period;
import org.kamsim.simulation.SimulationResult;

/**
 * {@code periods.csv}: one row per month {@code 1..T} (one {@link Period}): portfolio revenue and profit
 * of the month under the plan, its quantiles across trials, and the status quo and incremental figures.
 */
public final class PeriodsCsv {
  public static final String FILE = "periods.csv";
  public static final List<String> COLUMNS = List.of("month", "revenue_mean", "revenue_p05", "revenue_p25",
      "revenue_p50", "revenue_p75", "revenue_p95", "profit_mean", "active_accounts_mean",
      "status_quo_revenue_mean", "status_quo_revenue_p50", "status_quo_profit_mean",
      "incremental_profit_mean", "cumulative_incremental_profit_mean");

  private PeriodsCsv() {}

  public static void write(SimulationResult result, Path file) throws IOException {
    try (Csv csv = Csv.create(file, COLUMNS)) {
      for (Period p : result.periods()) {
        csv.integer(p.month())
            .number(p.revenueMean())
            .number(p.revenueP05())
            .number(p.revenueP25())
            .number(p.revenueP50())
            .number(p.revenueP75())
            .number(p.revenueP95())
            .number(p.profitMean())
            .number(p.activeAccountsMean())
            .number(p.statusQuoRevenueMean())
            .number(p.statusQuoRevenueP50())
            .number(p.statusQuoProfitMean())
            .number(p.incrementalProfitMean())
            .number(p.cumulativeIncrementalProfitMean())
            .endRow();
      }
    }
  }
}
