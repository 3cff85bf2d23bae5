package org.kamsim.results;

import java.util.List;

/**
 * {@code trials.csv}: the horizon totals of every trial, so that distributions and charts can be rebuilt
 * without simulating again. {@code trial} is the engine's 0-based trial index (the one its random streams
 * derive from). The two {@code _without_shocks} columns are the same trial without the scenario's shocks
 * (empty when it has none), so that the shocks' cost is a paired difference per trial.
 */
public final class TrialsFile {
  public static final String NAME = "trials.csv";

  public static final ColumnSpec TRIAL = ColumnSpec.integer("trial");
  public static final ColumnSpec REVENUE = ColumnSpec.money("revenue");
  public static final ColumnSpec PROFIT = ColumnSpec.money("profit");
  public static final ColumnSpec STATUS_QUO_REVENUE = ColumnSpec.money("status_quo_revenue");
  public static final ColumnSpec STATUS_QUO_PROFIT = ColumnSpec.money("status_quo_profit");
  public static final ColumnSpec PROGRAM_COST = ColumnSpec.money("program_cost");
  public static final ColumnSpec ACCOUNTS_LOST = ColumnSpec.integer("accounts_lost");
  public static final ColumnSpec REVENUE_WITHOUT_SHOCKS =
      ColumnSpec.money("revenue_without_shocks").optionalNumber();
  public static final ColumnSpec PROFIT_WITHOUT_SHOCKS =
      ColumnSpec.money("profit_without_shocks").optionalNumber();

  public static final List<ColumnSpec> COLUMNS = List.of(TRIAL, REVENUE, PROFIT, STATUS_QUO_REVENUE,
      STATUS_QUO_PROFIT, PROGRAM_COST, ACCOUNTS_LOST, REVENUE_WITHOUT_SHOCKS, PROFIT_WITHOUT_SHOCKS);

  private TrialsFile() {}
}
