package org.kamsim.results;

import java.util.List;

/**
 * {@code compare-periods.csv} of {@code kamsim compare}: one row per scenario and month {@code 1..T}, in
 * long form (the scenarios in {@link CompareFile}'s order, each's months in order): each month's portfolio
 * revenue across trials and mean profit, as in that scenario's {@code periods.csv}. The report's overlaid
 * fans are drawn from it. When some scenario's plan is phased (MODEL.md, "Phased plans"), every scenario's
 * rows end with the month's {@code key_accounts} and {@code kams}, as in a phased run's {@code periods.csv}.
 */
public final class ComparePeriodsFile {
  public static final String NAME = "compare-periods.csv";

  /** As {@link CompareFile#SCENARIO}. */
  public static final ColumnSpec SCENARIO = ColumnSpec.text("scenario");
  public static final ColumnSpec MONTH = ColumnSpec.integer("month");
  public static final ColumnSpec REVENUE_MEAN = ColumnSpec.money("revenue_mean");
  public static final ColumnSpec REVENUE_P05 = ColumnSpec.money("revenue_p05");
  public static final ColumnSpec REVENUE_P50 = ColumnSpec.money("revenue_p50");
  public static final ColumnSpec REVENUE_P95 = ColumnSpec.money("revenue_p95");
  public static final ColumnSpec PROFIT_MEAN = ColumnSpec.money("profit_mean");

  public static final List<ColumnSpec> COLUMNS = List.of(SCENARIO, MONTH, REVENUE_MEAN, REVENUE_P05, REVENUE_P50,
      REVENUE_P95, PROFIT_MEAN);

  /** Only when some scenario is phased: the number of accounts in the key set of the month. */
  public static final ColumnSpec KEY_ACCOUNTS = ColumnSpec.integer("key_accounts");
  /** Only when some scenario is phased: the KAM headcount of the month. */
  public static final ColumnSpec KAMS = ColumnSpec.integer("kams");

  private ComparePeriodsFile() {}

  /** The file's columns, the phase columns last and only when some scenario is phased. */
  public static List<ColumnSpec> columns(boolean phased) {
    return phased ? java.util.stream.Stream.concat(COLUMNS.stream(), java.util.stream.Stream.of(KEY_ACCOUNTS,
        KAMS)).toList() : COLUMNS;
  }
}
