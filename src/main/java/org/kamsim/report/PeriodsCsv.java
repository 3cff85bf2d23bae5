package org.kamsim.report;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.kamsim.simulation.Period;
import org.kamsim.simulation.SimulationResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;

/**
 * {@code periods.csv}: one row per month {@code 1..T} (one {@link Period}): portfolio revenue and profit
 * of the month under the plan, its quantiles across trials, and the status quo and incremental figures.
 */
public final class PeriodsCsv {
  public static final String FILE = "periods.csv";

  private PeriodsCsv() {}

  /** The file's table, as {@link Csv#write} writes it. */
  static Frame frame(SimulationResult result) {
    List<Period> periods = result.periods();
    int[] month = periods.stream().mapToInt(Period::month).toArray();
    return Frame.of(FILE,
        IntColumn.create("month", month),
        column("revenue_mean", periods, Period::revenueMean),
        column("revenue_p05", periods, Period::revenueP05),
        column("revenue_p25", periods, Period::revenueP25),
        column("revenue_p50", periods, Period::revenueP50),
        column("revenue_p75", periods, Period::revenueP75),
        column("revenue_p95", periods, Period::revenueP95),
        column("profit_mean", periods, Period::profitMean),
        column("active_accounts_mean", periods, Period::activeAccountsMean),
        column("status_quo_revenue_mean", periods, Period::statusQuoRevenueMean),
        column("status_quo_revenue_p50", periods, Period::statusQuoRevenueP50),
        column("status_quo_profit_mean", periods, Period::statusQuoProfitMean),
        column("incremental_profit_mean", periods, Period::incrementalProfitMean),
        column("cumulative_incremental_profit_mean", periods, Period::cumulativeIncrementalProfitMean));
  }

  private static DoubleColumn column(String name, List<Period> periods, ToDoubleFunction<Period> figure) {
    return DoubleColumn.create(name, periods.stream().mapToDouble(figure).toArray());
  }
}
