package org.kamsim.results;

import java.util.List;

/**
 * {@code stress.csv} of {@code stress}: one row per rung of the concentration ladder, in order (the base,
 * top 1..K, each segment, each region). Every rung is the scenario with its own shocks plus the loss of the
 * rung's accounts at the month asked; deltas are rung minus base per trial on the same draws (negative:
 * the rung earns less). {@code lost} holds the lost ids joined by {@link #ID_SEPARATOR} ({@code ;}; for a
 * segment or region, all of its accounts, so that the file alone says who was lost) and {@code lost_count}
 * how many they are: count from that column, never by splitting the list.
 */
public final class StressFile {
  public static final String NAME = "stress.csv";

  public static final ColumnSpec RUNG = ColumnSpec.text("rung");
  /** {@code base}, {@code top}, {@code segment} or {@code region}. */
  public static final ColumnSpec KIND = ColumnSpec.text("kind");
  /** The lost ids, joined by {@link #ID_SEPARATOR}, in portfolio order; empty for the base. */
  public static final ColumnSpec LOST = ColumnSpec.text("lost");
  /** How many accounts the rung loses (0 for the base). */
  public static final ColumnSpec LOST_COUNT = ColumnSpec.integer("lost_count");
  public static final ColumnSpec LOST_SHARE_TODAY = ColumnSpec.significant("lost_share_today");
  public static final ColumnSpec REVENUE_MEAN = ColumnSpec.money("revenue_mean");
  public static final ColumnSpec REVENUE_STDERR = ColumnSpec.money("revenue_stderr");
  public static final ColumnSpec PROFIT_MEAN = ColumnSpec.money("profit_mean");
  public static final ColumnSpec PROFIT_STDERR = ColumnSpec.money("profit_stderr");
  public static final ColumnSpec DELTA_REVENUE_MEAN = ColumnSpec.money("delta_revenue_mean");
  public static final ColumnSpec DELTA_REVENUE_STDERR = ColumnSpec.money("delta_revenue_stderr");
  public static final ColumnSpec DELTA_PROFIT_MEAN = ColumnSpec.money("delta_profit_mean");
  public static final ColumnSpec REVENUE_P05 = ColumnSpec.money("revenue_p05");
  /** Revenue at risk: {@code revenue_mean - revenue_p05}, as {@code var95} in {@code summary.json}. */
  public static final ColumnSpec VAR95 = ColumnSpec.money("var95");
  /** Share of trials whose horizon revenue is below the survival threshold. */
  public static final ColumnSpec PROBABILITY_BELOW = ColumnSpec.significant("probability_below");

  /** The published columns in their order, then {@code lost_count}: added last, so readers by position keep working. */
  public static final List<ColumnSpec> COLUMNS = List.of(RUNG, KIND, LOST, LOST_SHARE_TODAY, REVENUE_MEAN,
      REVENUE_STDERR, PROFIT_MEAN, PROFIT_STDERR, DELTA_REVENUE_MEAN, DELTA_REVENUE_STDERR, DELTA_PROFIT_MEAN,
      REVENUE_P05, VAR95, PROBABILITY_BELOW, LOST_COUNT);

  /**
   * The separator of the ids in {@link #LOST} and {@link ReverseStressFile#ACCOUNTS}: a semicolon, not a
   * space, because an id need only be non-blank and may hold spaces ("ACME 01"); an id holding a semicolon
   * would make the list ambiguous, so the counts are columns of their own.
   */
  public static final String ID_SEPARATOR = ";";

  private StressFile() {}
}
