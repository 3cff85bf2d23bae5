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

  private CompareFile() {}
}
