package org.kamsim.results;

import java.util.List;

/**
 * {@code accounts.csv}: one row per account, in portfolio order: who it is, its share of today's revenue,
 * its coverage today and in the plan, its score, and its simulated outcome under the plan.
 *
 * <p>{@code score} (2 decimals) is empty when the portfolio has no criteria; {@code tier} is the account's
 * tier (MODEL.md, "Scoring matrix and tiers"; {@code standard} for none, or under {@code scoring.min_share}),
 * empty when the scenario names no tiers; {@code es95_contribution} is the account's
 * part of ES95 of portfolio revenue (the parts add up to {@code revenue_at_risk.es95});
 * {@code es95_contribution_share} its share of it, empty when ES95 is 0; {@code share_today} is empty when
 * today's total revenue is 0; {@code revenue_lost_to_shocks} is the mean horizon revenue the scenario's
 * shocks cost the account (the same draws without the shocks, minus with them), empty without shocks.
 */
public final class AccountsFile {
  public static final String NAME = "accounts.csv";

  public static final ColumnSpec ID = ColumnSpec.text("id");
  public static final ColumnSpec ACCOUNT_NAME = ColumnSpec.text("name");
  public static final ColumnSpec SEGMENT = ColumnSpec.text("segment");
  public static final ColumnSpec REGION = ColumnSpec.text("region");
  public static final ColumnSpec REVENUE_TODAY = ColumnSpec.money("revenue_today");
  public static final ColumnSpec SHARE_TODAY = ColumnSpec.significant("share_today").optionalNumber();
  public static final ColumnSpec KEY_TODAY = ColumnSpec.flag("key_today");
  public static final ColumnSpec KEY_IN_PLAN = ColumnSpec.flag("key_in_plan");
  public static final ColumnSpec SCORE = ColumnSpec.score("score").optionalNumber();
  public static final ColumnSpec TIER = ColumnSpec.text("tier");
  public static final ColumnSpec PROBABILITY_LOST = ColumnSpec.significant("probability_lost");
  public static final ColumnSpec EXPECTED_REVENUE = ColumnSpec.money("expected_revenue");
  public static final ColumnSpec EXPECTED_PROFIT = ColumnSpec.money("expected_profit");
  public static final ColumnSpec ES95_CONTRIBUTION = ColumnSpec.money("es95_contribution");
  public static final ColumnSpec ES95_CONTRIBUTION_SHARE =
      ColumnSpec.significant("es95_contribution_share").optionalNumber();
  public static final ColumnSpec COMPLEXITY = ColumnSpec.significant("complexity");
  public static final ColumnSpec REVENUE_LOST_TO_SHOCKS =
      ColumnSpec.money("revenue_lost_to_shocks").optionalNumber();

  public static final List<ColumnSpec> COLUMNS = List.of(ID, ACCOUNT_NAME, SEGMENT, REGION, REVENUE_TODAY,
      SHARE_TODAY, KEY_TODAY, KEY_IN_PLAN, SCORE, PROBABILITY_LOST, EXPECTED_REVENUE, EXPECTED_PROFIT,
      ES95_CONTRIBUTION, ES95_CONTRIBUTION_SHARE, COMPLEXITY, REVENUE_LOST_TO_SHOCKS, TIER);

  private AccountsFile() {}
}
