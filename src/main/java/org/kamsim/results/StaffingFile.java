package org.kamsim.results;

import java.util.List;

/**
 * {@code staffing.csv} of {@code kamsim optimise}: the best plan found for every headcount in range, on
 * the fresh trials, and what the k-th KAM adds over the best plan with one KAM fewer, paired on the same
 * trials: in the objective ({@code marginal_objective}) and in mean profit ({@code marginal_profit}), empty
 * for the smallest headcount. Objective columns are money for {@code mean} and {@code mean-es}, a
 * probability for {@code survival}.
 */
public final class StaffingFile {
  public static final String NAME = "staffing.csv";

  public static final ColumnSpec HEADCOUNT = ColumnSpec.integer("headcount");
  public static final ColumnSpec KEY_ACCOUNTS = ColumnSpec.integer("key_accounts");
  public static final ColumnSpec LOAD = ColumnSpec.significant("load");
  public static final ColumnSpec CAPACITY = ColumnSpec.significant("capacity");
  public static final ColumnSpec SEARCH_OBJECTIVE = ColumnSpec.money("search_objective");
  public static final ColumnSpec OBJECTIVE = ColumnSpec.money("objective");
  public static final ColumnSpec OBJECTIVE_STDERR = ColumnSpec.money("objective_stderr");
  public static final ColumnSpec MEAN_PROFIT = ColumnSpec.money("mean_profit");
  public static final ColumnSpec PROFIT_STDERR = ColumnSpec.money("profit_stderr");
  public static final ColumnSpec ES95_PROFIT = ColumnSpec.money("es95_profit");
  public static final ColumnSpec TAIL_MEAN_PROFIT = ColumnSpec.money("tail_mean_profit");
  public static final ColumnSpec MARGINAL_OBJECTIVE = ColumnSpec.money("marginal_objective").optionalNumber();
  public static final ColumnSpec MARGINAL_STDERR = ColumnSpec.money("marginal_stderr").optionalNumber();
  public static final ColumnSpec MARGINAL_CI95_LOW = ColumnSpec.money("marginal_ci95_low").optionalNumber();
  public static final ColumnSpec MARGINAL_CI95_HIGH = ColumnSpec.money("marginal_ci95_high").optionalNumber();
  public static final ColumnSpec MARGINAL_PROFIT = ColumnSpec.money("marginal_profit").optionalNumber();
  public static final ColumnSpec MARGINAL_PROFIT_CI95_LOW =
      ColumnSpec.money("marginal_profit_ci95_low").optionalNumber();
  public static final ColumnSpec MARGINAL_PROFIT_CI95_HIGH =
      ColumnSpec.money("marginal_profit_ci95_high").optionalNumber();


  public static final List<ColumnSpec> COLUMNS = List.of(HEADCOUNT, KEY_ACCOUNTS, LOAD, CAPACITY,
      SEARCH_OBJECTIVE, OBJECTIVE, OBJECTIVE_STDERR, MEAN_PROFIT, PROFIT_STDERR, ES95_PROFIT,
      TAIL_MEAN_PROFIT, MARGINAL_OBJECTIVE, MARGINAL_STDERR, MARGINAL_CI95_LOW, MARGINAL_CI95_HIGH,
      MARGINAL_PROFIT, MARGINAL_PROFIT_CI95_LOW, MARGINAL_PROFIT_CI95_HIGH);

  private StaffingFile() {}
}
