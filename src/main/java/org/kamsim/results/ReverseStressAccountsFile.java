package org.kamsim.results;

import java.util.List;

/**
 * {@code reverse-stress-accounts.csv} of {@code stress}: every account in the order the reverse stress test
 * takes them (descending expected revenue from the loss month on), with the expected horizon revenue left
 * after losing it and every account above it. Expected revenue adds over accounts on the same draws, so
 * the figures are exact sums of per-account means, not separate runs.
 */
public final class ReverseStressAccountsFile {
  public static final String NAME = "reverse-stress-accounts.csv";

  /** 1 for the first account taken. */
  public static final ColumnSpec RANK = ColumnSpec.integer("rank");
  public static final ColumnSpec ID = ColumnSpec.text("id");
  public static final ColumnSpec ACCOUNT_NAME = ColumnSpec.text("name");
  public static final ColumnSpec REVENUE_TODAY = ColumnSpec.money("revenue_today");
  /** The account's share of the portfolio's revenue today. */
  public static final ColumnSpec SHARE_TODAY = ColumnSpec.significant("share_today");
  /** The account's expected revenue from the loss month to the horizon: what losing it costs, on average. */
  public static final ColumnSpec EXPECTED_REVENUE_LOST = ColumnSpec.money("expected_revenue_lost");
  /**
   * Share of the scenario's EXPECTED HORIZON revenue (not of revenue today, unlike {@link #SHARE_TODAY}) lost
   * with this account and those above it: {@code 1 - expected_revenue_after / expected revenue of the base}.
   */
  public static final ColumnSpec CUMULATIVE_SHARE_OF_EXPECTED_REVENUE_LOST =
      ColumnSpec.significant("cumulative_share_of_expected_revenue_lost");
  /** The scenario's expected horizon revenue minus the cumulative loss. */
  public static final ColumnSpec EXPECTED_REVENUE_AFTER = ColumnSpec.money("expected_revenue_after");
  /** Whether {@link #EXPECTED_REVENUE_AFTER} is below the survival threshold. */
  public static final ColumnSpec BELOW_THRESHOLD = ColumnSpec.flag("below_threshold");

  public static final List<ColumnSpec> COLUMNS = List.of(RANK, ID, ACCOUNT_NAME, REVENUE_TODAY, SHARE_TODAY,
      EXPECTED_REVENUE_LOST, CUMULATIVE_SHARE_OF_EXPECTED_REVENUE_LOST, EXPECTED_REVENUE_AFTER, BELOW_THRESHOLD);

  private ReverseStressAccountsFile() {}
}
