package org.kamsim.results;

import java.util.List;

/**
 * {@code plan.csv} of {@code kamsim optimise}: every account with its place in the optimised plan, its KAM
 * load ({@code complexity}) and the mean profit it adds by being key on the fresh trials
 * ({@code incremental_value}, KAM salaries excluded).
 */
public final class PlanAccountsFile {
  public static final String NAME = "plan.csv";

  public static final ColumnSpec ID = ColumnSpec.text("id");
  public static final ColumnSpec ACCOUNT_NAME = ColumnSpec.text("name");
  public static final ColumnSpec SEGMENT = ColumnSpec.text("segment");
  public static final ColumnSpec REGION = ColumnSpec.text("region");
  public static final ColumnSpec REVENUE_TODAY = ColumnSpec.money("revenue_today");
  public static final ColumnSpec COMPLEXITY = ColumnSpec.significant("complexity");
  public static final ColumnSpec SCORE = ColumnSpec.score("score").optionalNumber();
  public static final ColumnSpec KEY_TODAY = ColumnSpec.flag("key_today");
  public static final ColumnSpec KEY_IN_PLAN = ColumnSpec.flag("key_in_plan");
  public static final ColumnSpec INCREMENTAL_VALUE = ColumnSpec.money("incremental_value");

  public static final List<ColumnSpec> COLUMNS = List.of(ID, ACCOUNT_NAME, SEGMENT, REGION, REVENUE_TODAY,
      COMPLEXITY, SCORE, KEY_TODAY, KEY_IN_PLAN, INCREMENTAL_VALUE);

  private PlanAccountsFile() {}
}
