package org.kamsim.results;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code scores.csv} of {@code kamsim score}: one row per account, in portfolio order: who it is, its revenue
 * today and share of it, its weighted score (2 decimals), its rank by score (1 = best; ties to the larger
 * revenue, then file order), its tier ({@code standard} for none, or under {@code scoring.min_share}; empty
 * when the scenario names no tiers), whether it is key today, then one column per criterion of the portfolio,
 * named as in the portfolio. {@code score} is empty when the portfolio has no criteria (the rank is then
 * by revenue);
 * {@code share_today} when today's total revenue is 0.
 */
public final class ScoresFile {
  public static final String NAME = "scores.csv";

  public static final ColumnSpec ID = ColumnSpec.text("id");
  public static final ColumnSpec ACCOUNT_NAME = ColumnSpec.text("name");
  public static final ColumnSpec REVENUE_TODAY = ColumnSpec.money("revenue_today");
  public static final ColumnSpec SHARE_TODAY = ColumnSpec.significant("share_today").optionalNumber();
  public static final ColumnSpec SCORE = ColumnSpec.score("score").optionalNumber();
  public static final ColumnSpec RANK = ColumnSpec.integer("rank");
  public static final ColumnSpec TIER = ColumnSpec.text("tier");
  public static final ColumnSpec KEY_TODAY = ColumnSpec.flag("key_today");

  /** The columns before the criteria. */
  public static final List<ColumnSpec> FIXED_COLUMNS = List.of(ID, ACCOUNT_NAME, REVENUE_TODAY, SHARE_TODAY,
      SCORE, RANK, TIER, KEY_TODAY);

  private ScoresFile() {}

  /** The column of a criterion, as the portfolio names it: a score on the criteria's 1..10 scale. */
  public static ColumnSpec criterion(String name) {
    return ColumnSpec.score(name);
  }

  /** The file's columns for a portfolio with these criteria: {@link #FIXED_COLUMNS}, then each criterion. */
  public static List<ColumnSpec> columns(List<String> criteria) {
    List<ColumnSpec> columns = new ArrayList<>(FIXED_COLUMNS);
    for (String c : criteria) {
      columns.add(criterion(c));
    }
    return List.copyOf(columns);
  }
}
