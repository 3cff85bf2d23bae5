package org.kamsim.results;

import java.util.List;

/**
 * {@code periods.csv}: one row per month {@code 1..T}: portfolio revenue and profit of the month under the
 * plan, its quantiles across trials, the status quo's and the incremental figures, and, for a scenario with
 * shocks, mean revenue on the same draws without them; for a scenario with {@code finance}, the discount
 * factor and the cumulative discounted incremental profit.
 */
public final class PeriodsFile {
  public static final String NAME = "periods.csv";

  public static final ColumnSpec MONTH = ColumnSpec.integer("month");
  public static final ColumnSpec REVENUE_MEAN = ColumnSpec.money("revenue_mean");
  public static final ColumnSpec REVENUE_P05 = ColumnSpec.money("revenue_p05");
  public static final ColumnSpec REVENUE_P25 = ColumnSpec.money("revenue_p25");
  public static final ColumnSpec REVENUE_P50 = ColumnSpec.money("revenue_p50");
  public static final ColumnSpec REVENUE_P75 = ColumnSpec.money("revenue_p75");
  public static final ColumnSpec REVENUE_P95 = ColumnSpec.money("revenue_p95");
  public static final ColumnSpec PROFIT_MEAN = ColumnSpec.money("profit_mean");
  public static final ColumnSpec ACTIVE_ACCOUNTS_MEAN = ColumnSpec.significant("active_accounts_mean");
  public static final ColumnSpec STATUS_QUO_REVENUE_MEAN = ColumnSpec.money("status_quo_revenue_mean");
  public static final ColumnSpec STATUS_QUO_REVENUE_P50 = ColumnSpec.money("status_quo_revenue_p50");
  public static final ColumnSpec STATUS_QUO_PROFIT_MEAN = ColumnSpec.money("status_quo_profit_mean");
  public static final ColumnSpec INCREMENTAL_PROFIT_MEAN = ColumnSpec.money("incremental_profit_mean");
  public static final ColumnSpec CUMULATIVE_INCREMENTAL_PROFIT_MEAN =
      ColumnSpec.money("cumulative_incremental_profit_mean");
  /** Empty when the scenario has no shocks. */
  public static final ColumnSpec REVENUE_MEAN_WITHOUT_SHOCKS =
      ColumnSpec.money("revenue_mean_without_shocks").optionalNumber();

  public static final List<ColumnSpec> COLUMNS = List.of(MONTH, REVENUE_MEAN, REVENUE_P05, REVENUE_P25,
      REVENUE_P50, REVENUE_P75, REVENUE_P95, PROFIT_MEAN, ACTIVE_ACCOUNTS_MEAN, STATUS_QUO_REVENUE_MEAN,
      STATUS_QUO_REVENUE_P50, STATUS_QUO_PROFIT_MEAN, INCREMENTAL_PROFIT_MEAN,
      CUMULATIVE_INCREMENTAL_PROFIT_MEAN, REVENUE_MEAN_WITHOUT_SHOCKS);

  /** Only when the scenario has a {@code finance} section: month {@code t}'s factor {@code (1 + r)^(-t/12)}. */
  public static final ColumnSpec DISCOUNT_FACTOR = ColumnSpec.significant("discount_factor");
  /** Only with {@code finance}: the running sum of each month's discounted mean incremental profit. */
  public static final ColumnSpec CUMULATIVE_DISCOUNTED_INCREMENTAL_PROFIT_MEAN =
      ColumnSpec.money("cumulative_discounted_incremental_profit_mean");

  /** {@link #COLUMNS} and then the discounting columns: the file of a scenario with {@code finance}. */
  public static final List<ColumnSpec> COLUMNS_WITH_FINANCE = java.util.stream.Stream.concat(COLUMNS.stream(),
      java.util.stream.Stream.of(DISCOUNT_FACTOR, CUMULATIVE_DISCOUNTED_INCREMENTAL_PROFIT_MEAN)).toList();

  /** Only for a phased plan: the number of accounts in the key set of the month (MODEL.md, "Phased plans"). */
  public static final ColumnSpec KEY_ACCOUNTS = ColumnSpec.integer("key_accounts");
  /** Only for a phased plan: the KAM headcount of the month. */
  public static final ColumnSpec KAMS = ColumnSpec.integer("kams");

  private PeriodsFile() {}

  /**
   * The file's columns: the discounting columns come last and only with {@code finance}, so that the file of a
   * run without it stays exactly what it was (readers by position and byte-for-byte comparisons keep working).
   */
  public static List<ColumnSpec> columns(boolean finance) {
    return finance ? COLUMNS_WITH_FINANCE : COLUMNS;
  }

  /**
   * The file's columns, with the phase columns last and only for a phased plan, for the same reason as the
   * discounting columns: a plan that never changes keeps the file it had.
   */
  public static List<ColumnSpec> columns(boolean finance, boolean phased) {
    return phased ? java.util.stream.Stream.concat(columns(finance).stream(),
        java.util.stream.Stream.of(KEY_ACCOUNTS, KAMS)).toList() : columns(finance);
  }
}
