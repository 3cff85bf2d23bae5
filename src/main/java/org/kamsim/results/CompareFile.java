package org.kamsim.results;

import java.util.List;

/**
 * {@code compare.csv} of {@code kamsim compare}: one row per scenario, the base first. {@code scenario} is
 * the scenario's name (with its file in brackets when two scenarios share a name), {@code file} the path
 * given on the command line. Horizon figures as in {@code summary.json} ({@code var95} and {@code es95} are
 * its {@code revenue_at_risk}); the {@code delta_} figures are this scenario minus the base, per trial when
 * {@code paired}, else from two independent samples. {@code delta_revenue_p05} (a bad 1-in-20 change) and
 * {@code probability_worse} (the share of futures in which this scenario's horizon revenue is below the
 * base's) exist only per trial: empty when unpaired. The base row's changes are 0 and it is paired.
 *
 * <p>When some scenario has a {@code finance} section, the file ends with the NPV columns
 * ({@link #FINANCE_COLUMNS}): each scenario's {@code discount_rate} and {@code terminal_growth} (empty without
 * {@code finance}), and its NPV figures as in {@code summary.json}'s {@code npv}, with its change in NPV against
 * the base. The NPV figures are filled only when every scenario has the same {@code finance}: NPVs at
 * different rates, or an NPV beside a horizon total, are not the same quantity. A comparison without
 * {@code finance} writes the file without these columns, exactly as before.
 */
public final class CompareFile {
  public static final String NAME = "compare.csv";

  public static final ColumnSpec SCENARIO = ColumnSpec.text("scenario");
  public static final ColumnSpec FILE = ColumnSpec.text("file");
  public static final ColumnSpec TRIALS = ColumnSpec.integer("trials");
  public static final ColumnSpec PAIRED = ColumnSpec.flag("paired");
  public static final ColumnSpec REVENUE_MEAN = ColumnSpec.money("revenue_mean");
  public static final ColumnSpec REVENUE_STDERR = ColumnSpec.money("revenue_stderr");
  public static final ColumnSpec REVENUE_P05 = ColumnSpec.money("revenue_p05");
  public static final ColumnSpec REVENUE_P50 = ColumnSpec.money("revenue_p50");
  public static final ColumnSpec REVENUE_P95 = ColumnSpec.money("revenue_p95");
  public static final ColumnSpec PROFIT_MEAN = ColumnSpec.money("profit_mean");
  public static final ColumnSpec PROFIT_STDERR = ColumnSpec.money("profit_stderr");
  public static final ColumnSpec PROFIT_P05 = ColumnSpec.money("profit_p05");
  public static final ColumnSpec VAR95 = ColumnSpec.money("var95");
  public static final ColumnSpec ES95 = ColumnSpec.money("es95");
  public static final ColumnSpec PROBABILITY_BELOW = ColumnSpec.significant("probability_below");
  public static final ColumnSpec ACCOUNTS_LOST_MEAN = ColumnSpec.significant("accounts_lost_mean");
  public static final ColumnSpec DELTA_REVENUE_MEAN = ColumnSpec.money("delta_revenue_mean");
  public static final ColumnSpec DELTA_REVENUE_STDERR = ColumnSpec.money("delta_revenue_stderr");
  public static final ColumnSpec DELTA_REVENUE_CI95_LOW = ColumnSpec.money("delta_revenue_ci95_low");
  public static final ColumnSpec DELTA_REVENUE_CI95_HIGH = ColumnSpec.money("delta_revenue_ci95_high");
  public static final ColumnSpec DELTA_PROFIT_MEAN = ColumnSpec.money("delta_profit_mean");
  public static final ColumnSpec DELTA_PROFIT_STDERR = ColumnSpec.money("delta_profit_stderr");
  public static final ColumnSpec DELTA_PROFIT_CI95_LOW = ColumnSpec.money("delta_profit_ci95_low");
  public static final ColumnSpec DELTA_PROFIT_CI95_HIGH = ColumnSpec.money("delta_profit_ci95_high");
  /** Empty when unpaired. */
  public static final ColumnSpec DELTA_REVENUE_P05 = ColumnSpec.money("delta_revenue_p05").optionalNumber();
  /** Empty when unpaired. */
  public static final ColumnSpec PROBABILITY_WORSE = ColumnSpec.significant("probability_worse").optionalNumber();

  /** The scenario's own KAM plan against its own status quo, paired (as {@code summary.json}'s {@code plan}). */
  public static final ColumnSpec KEY_ACCOUNTS = ColumnSpec.integer("key_accounts");
  public static final ColumnSpec KAMS = ColumnSpec.integer("kams");
  public static final ColumnSpec PLAN_SAME_AS_STATUS_QUO = ColumnSpec.flag("plan_same_as_status_quo");
  public static final ColumnSpec INCREMENTAL_PROFIT_MEAN = ColumnSpec.money("incremental_profit_mean");
  public static final ColumnSpec INCREMENTAL_PROFIT_CI95_LOW = ColumnSpec.money("incremental_profit_ci95_low");
  public static final ColumnSpec INCREMENTAL_PROFIT_CI95_HIGH = ColumnSpec.money("incremental_profit_ci95_high");
  /** Empty when the plan never pays back within the horizon, or is the status quo. */
  public static final ColumnSpec PAYBACK_MONTH = ColumnSpec.significant("payback_month").optionalNumber();

  public static final List<ColumnSpec> COLUMNS = List.of(SCENARIO, FILE, TRIALS, PAIRED, REVENUE_MEAN,
      REVENUE_STDERR, REVENUE_P05, REVENUE_P50, REVENUE_P95, PROFIT_MEAN, PROFIT_STDERR, PROFIT_P05, VAR95, ES95,
      PROBABILITY_BELOW, ACCOUNTS_LOST_MEAN, DELTA_REVENUE_MEAN, DELTA_REVENUE_STDERR, DELTA_REVENUE_CI95_LOW,
      DELTA_REVENUE_CI95_HIGH, DELTA_PROFIT_MEAN, DELTA_PROFIT_STDERR, DELTA_PROFIT_CI95_LOW,
      DELTA_PROFIT_CI95_HIGH, DELTA_REVENUE_P05, PROBABILITY_WORSE, KEY_ACCOUNTS, KAMS, PLAN_SAME_AS_STATUS_QUO,
      INCREMENTAL_PROFIT_MEAN, INCREMENTAL_PROFIT_CI95_LOW, INCREMENTAL_PROFIT_CI95_HIGH, PAYBACK_MONTH);

  /** The scenario's {@code finance.discount_rate}; empty when it has no {@code finance}. */
  public static final ColumnSpec DISCOUNT_RATE = ColumnSpec.significant("discount_rate").optionalNumber();
  /** The scenario's {@code finance.terminal_growth}; empty when it has none. */
  public static final ColumnSpec TERMINAL_GROWTH = ColumnSpec.significant("terminal_growth").optionalNumber();
  /** Mean NPV of the scenario's plan (as {@code summary.json}'s {@code npv.profit.mean}). */
  public static final ColumnSpec NPV_MEAN = ColumnSpec.money("npv_mean").optionalNumber();
  public static final ColumnSpec NPV_STDERR = ColumnSpec.money("npv_stderr").optionalNumber();
  /** NPV minus the base's NPV, per trial when paired. */
  public static final ColumnSpec DELTA_NPV_MEAN = ColumnSpec.money("delta_npv_mean").optionalNumber();
  public static final ColumnSpec DELTA_NPV_STDERR = ColumnSpec.money("delta_npv_stderr").optionalNumber();
  public static final ColumnSpec DELTA_NPV_CI95_LOW = ColumnSpec.money("delta_npv_ci95_low").optionalNumber();
  public static final ColumnSpec DELTA_NPV_CI95_HIGH = ColumnSpec.money("delta_npv_ci95_high").optionalNumber();
  /** The scenario's plan against its own status quo, in NPV ({@code npv.incremental_mean}). */
  public static final ColumnSpec INCREMENTAL_NPV_MEAN = ColumnSpec.money("incremental_npv_mean").optionalNumber();
  public static final ColumnSpec INCREMENTAL_NPV_CI95_LOW =
      ColumnSpec.money("incremental_npv_ci95_low").optionalNumber();
  public static final ColumnSpec INCREMENTAL_NPV_CI95_HIGH =
      ColumnSpec.money("incremental_npv_ci95_high").optionalNumber();
  /** Empty when the plan never pays back in discounted terms within the horizon, or is the status quo. */
  public static final ColumnSpec DISCOUNTED_PAYBACK_MONTH =
      ColumnSpec.significant("discounted_payback_month").optionalNumber();

  public static final List<ColumnSpec> FINANCE_COLUMNS = List.of(DISCOUNT_RATE, TERMINAL_GROWTH, NPV_MEAN,
      NPV_STDERR, DELTA_NPV_MEAN, DELTA_NPV_STDERR, DELTA_NPV_CI95_LOW, DELTA_NPV_CI95_HIGH, INCREMENTAL_NPV_MEAN,
      INCREMENTAL_NPV_CI95_LOW, INCREMENTAL_NPV_CI95_HIGH, DISCOUNTED_PAYBACK_MONTH);

  private CompareFile() {}

  /** The file's columns: {@link #COLUMNS}, then {@link #FINANCE_COLUMNS} when some scenario has {@code finance}. */
  public static List<ColumnSpec> columns(boolean finance) {
    return finance ? java.util.stream.Stream.concat(COLUMNS.stream(), FINANCE_COLUMNS.stream()).toList()
        : COLUMNS;
  }
}
