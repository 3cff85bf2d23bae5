package org.kamsim.results;

import java.util.List;

/**
 * {@code reverse-stress.csv} of {@code stress}: the smallest set of accounts whose certain loss at
 * {@code month} takes the scenario below its survival threshold, one row per criterion: {@code expected}
 * (expected horizon revenue below {@code survival_revenue}) and {@code probability_50} (at least half of
 * the trials below it). {@code revenue_mean} and {@code probability_below} come from a simulated run of
 * the scenario losing the set. When no set does it (even losing every account), {@code count},
 * {@code accounts} and {@code lost_share_today} are empty, the figures are those of losing every account,
 * and {@code note} says so.
 */
public final class ReverseStressFile {
  public static final String NAME = "reverse-stress.csv";

  /** {@code expected} or {@code probability_50}. */
  public static final ColumnSpec CRITERION = ColumnSpec.text("criterion");
  /** The set's size; 0 when the scenario already meets the criterion; empty when no set does. */
  public static final ColumnSpec COUNT = ColumnSpec.significant("count").optionalNumber();
  /** The set's ids, joined by {@link StressFile#ID_SEPARATOR} ({@code ;}), in the order they were taken. */
  public static final ColumnSpec ACCOUNTS = ColumnSpec.text("accounts");
  public static final ColumnSpec LOST_SHARE_TODAY = ColumnSpec.significant("lost_share_today").optionalNumber();
  public static final ColumnSpec REVENUE_MEAN = ColumnSpec.money("revenue_mean");
  public static final ColumnSpec PROBABILITY_BELOW = ColumnSpec.significant("probability_below");
  /** The month the set is lost. */
  public static final ColumnSpec MONTH = ColumnSpec.integer("month");
  /** The survival threshold in horizon revenue: {@code survival_threshold x revenue today x T / 12}. */
  public static final ColumnSpec SURVIVAL_REVENUE = ColumnSpec.money("survival_revenue");
  /** Empty, or why there is no set. */
  public static final ColumnSpec NOTE = ColumnSpec.text("note");

  public static final List<ColumnSpec> COLUMNS = List.of(CRITERION, COUNT, ACCOUNTS, LOST_SHARE_TODAY,
      REVENUE_MEAN, PROBABILITY_BELOW, MONTH, SURVIVAL_REVENUE, NOTE);

  public static final String EXPECTED = "expected";
  public static final String PROBABILITY_50 = "probability_50";

  private ReverseStressFile() {}
}
