package org.kamsim.report;

import java.util.List;
import org.kamsim.simulation.Period;
import org.kamsim.simulation.SimulationResult;

/**
 * {@code periods.csv}: one row per month {@code 1..T} (one {@link Period}): portfolio revenue and profit
 * of the month under the plan, its quantiles across trials, and the status quo and incremental figures.
 */
public final class PeriodsCsv {
  public static final String FILE = "periods.csv";

  private PeriodsCsv() {}

  /** The file's table, as {@link Csv#write} writes it. */
  static Frame frame(SimulationResult result) {
    List<Period> p = result.periods();
    int n = p.size();
    return Frame.of(FILE,
        Frame.ints("month", n, i -> p.get(i).month()),
        Frame.doubles("revenue_mean", n, i -> p.get(i).revenueMean()),
        Frame.doubles("revenue_p05", n, i -> p.get(i).revenueP05()),
        Frame.doubles("revenue_p25", n, i -> p.get(i).revenueP25()),
        Frame.doubles("revenue_p50", n, i -> p.get(i).revenueP50()),
        Frame.doubles("revenue_p75", n, i -> p.get(i).revenueP75()),
        Frame.doubles("revenue_p95", n, i -> p.get(i).revenueP95()),
        Frame.doubles("profit_mean", n, i -> p.get(i).profitMean()),
        Frame.doubles("active_accounts_mean", n, i -> p.get(i).activeAccountsMean()),
        Frame.doubles("status_quo_revenue_mean", n, i -> p.get(i).statusQuoRevenueMean()),
        Frame.doubles("status_quo_revenue_p50", n, i -> p.get(i).statusQuoRevenueP50()),
        Frame.doubles("status_quo_profit_mean", n, i -> p.get(i).statusQuoProfitMean()),
        Frame.doubles("incremental_profit_mean", n, i -> p.get(i).incrementalProfitMean()),
        Frame.doubles("cumulative_incremental_profit_mean", n,
            i -> p.get(i).cumulativeIncrementalProfitMean()));
  }
}
