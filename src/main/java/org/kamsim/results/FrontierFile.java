package org.kamsim.results;

import java.util.List;

/**
 * {@code frontier.csv} of {@code kamsim optimise --frontier}: the non-dominated plans of the trade-off
 * between mean profit, profit in the worst 5% of futures ({@code tail_mean_profit}, the mean of the worst
 * 5%: higher is safer) and headcount, with their figures on the fresh trials. {@code es95_profit} is the same
 * tail measured down from the plan's own mean.
 */
public final class FrontierFile {
  public static final String NAME = "frontier.csv";

  public static final ColumnSpec HEADCOUNT = ColumnSpec.integer("headcount");
  public static final ColumnSpec KEY_ACCOUNTS = ColumnSpec.integer("key_accounts");
  public static final ColumnSpec MEAN_PROFIT = ColumnSpec.money("mean_profit");
  public static final ColumnSpec TAIL_MEAN_PROFIT = ColumnSpec.money("tail_mean_profit");
  public static final ColumnSpec ES95_PROFIT = ColumnSpec.money("es95_profit");
  public static final ColumnSpec OBJECTIVE = ColumnSpec.money("objective");
  public static final ColumnSpec PROBABILITY_BELOW_SURVIVAL = ColumnSpec.significant("probability_below_survival");
  public static final ColumnSpec KEY = ColumnSpec.text("key");

  public static final List<ColumnSpec> COLUMNS = List.of(HEADCOUNT, KEY_ACCOUNTS, MEAN_PROFIT,
      TAIL_MEAN_PROFIT, ES95_PROFIT, OBJECTIVE, PROBABILITY_BELOW_SURVIVAL, KEY);

  private FrontierFile() {}
}
