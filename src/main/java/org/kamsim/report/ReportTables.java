package org.kamsim.report;

import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

/**
 * The report's tables, computed with Tablesaw from the tables read back from a result's files. Column names
 * are the files' where a column is carried over; derived columns are named here.
 */
final class ReportTables {
  /** Accounts in the table of top accounts. */
  static final int TOP_ACCOUNTS = 20;

  private ReportTables() {}

  /**
   * The largest accounts by revenue today, largest first, with a 1-based {@code rank}: who they are, share,
   * score, coverage today and in the plan, and their simulated outcome.
   */
  static Frame topAccounts(Frame accounts, int count) {
    Frame sorted = accounts.sortDescendingOn("revenue_today").first(count);
    Frame top = sorted.selectColumns("id", "name", "segment", "region", "revenue_today", "share_today", "score",
        "key_today", "key_in_plan", "probability_lost", "expected_revenue", "es95_contribution_share");
    // One column for who the account is: "A001 Raldale Plastics SpA".
    StringColumn account = StringColumn.create("account");
    for (int i = 0; i < top.rowCount(); i++) {
      account.append(accountName(top, i));
    }
    top = top.insertColumn(0, account);
    int[] rank = new int[top.rowCount()];
    for (int i = 0; i < rank.length; i++) {
      rank[i] = i + 1;
    }
    top = top.insertColumn(0, IntColumn.create("rank", rank));
    return top.withName("top accounts");
  }

  /** Who the account in {@code row} is, in running text: {@code "A001 Raldale Plastics SpA"}, or the id. */
  static String accountName(Frame accounts, int row) {
    String id = accounts.stringColumn("id").get(row);
    String name = accounts.stringColumn("name").get(row);
    return name.isEmpty() ? id : id + " " + name;
  }

  /**
   * One row per value of {@code by} ({@code segment} or {@code region}), largest revenue first: accounts,
   * revenue today and its share, key accounts today and in the plan, expected revenue over the horizon,
   * probability of loss weighted by revenue today, and the contribution to ES95 of revenue and its share.
   */
  static Frame byGroup(Frame accounts, String by) {
    double totalRevenue = accounts.doubleColumn("revenue_today").sum();
    double totalEs = accounts.doubleColumn("es95_contribution").sum();
    List<Frame> groups = accounts.splitOn(by);
    Frame out = empty(by);
    for (Frame g : groups) {
      String name = g.stringColumn(by).get(0);
      add(out, name.isEmpty() ? "(none)" : name, g, totalRevenue, totalEs);
    }
    return out.sortDescendingOn("revenue_today").withName("by " + by);
  }

  /** The same figures as {@link #byGroup} for the whole portfolio: the total row. */
  static Frame total(Frame accounts, String label) {
    double totalRevenue = accounts.doubleColumn("revenue_today").sum();
    double totalEs = accounts.doubleColumn("es95_contribution").sum();
    Frame out = empty(label);
    add(out, "All accounts", accounts, totalRevenue, totalEs);
    return out;
  }

  private static Frame empty(String by) {
    return Frame.of(by,
        StringColumn.create(by),
        IntColumn.create("accounts"),
        DoubleColumn.create("revenue_today"),
        DoubleColumn.create("share_today"),
        IntColumn.create("key_today"),
        IntColumn.create("key_in_plan"),
        DoubleColumn.create("expected_revenue"),
        DoubleColumn.create("probability_lost_weighted"),
        DoubleColumn.create("es95_contribution"),
        DoubleColumn.create("es95_share"));
  }

  private static void add(Frame out, String name, Frame g, double totalRevenue, double totalEs) {
    double[] revenue = g.doubleColumn("revenue_today").asDoubleArray();
    double[] lost = g.doubleColumn("probability_lost").asDoubleArray();
    double revenueSum = 0;
    double weighted = 0;
    for (int i = 0; i < revenue.length; i++) {
      revenueSum += revenue[i];
      weighted += revenue[i] * lost[i];
    }
    double es = g.doubleColumn("es95_contribution").sum();
    ((StringColumn) out.column(0)).append(name);
    out.intColumn("accounts").append(g.rowCount());
    out.doubleColumn("revenue_today").append(revenueSum);
    out.doubleColumn("share_today").append(totalRevenue > 0 ? revenueSum / totalRevenue : Double.NaN);
    out.intColumn("key_today").append(g.booleanColumn("key_today").countTrue());
    out.intColumn("key_in_plan").append(g.booleanColumn("key_in_plan").countTrue());
    out.doubleColumn("expected_revenue").append(g.doubleColumn("expected_revenue").sum());
    // Revenue-weighted, so that it reads as "the share of today's revenue expected to be lost".
    out.doubleColumn("probability_lost_weighted").append(revenueSum > 0 ? weighted / revenueSum : Double.NaN);
    out.doubleColumn("es95_contribution").append(es);
    out.doubleColumn("es95_share").append(totalEs != 0 ? es / totalEs : Double.NaN);
  }

  /** The accounts of the optimised plan ({@code plan.csv}), by incremental value, then revenue. */
  static Frame planAccounts(Frame plan) {
    BooleanColumn inPlan = plan.booleanColumn("key_in_plan");
    BooleanColumn today = plan.booleanColumn("key_today");
    // Accounts key today or in the plan (entering, leaving or kept); the rest are standard in both.
    Frame changed = plan.where(inPlan.isTrue().or(today.isTrue()));
    return changed.sortDescendingOn("key_in_plan", "incremental_value", "revenue_today").withName("plan");
  }

  /**
   * Accounts of {@code plan.csv} by {@code by} ({@code segment} or {@code region}), largest revenue first:
   * accounts, revenue today and its share, key accounts today and in the plan, and the summed incremental
   * value of the accounts in the plan.
   */
  static Frame planByGroup(Frame plan, String by) {
    Frame out = planGroups(by);
    double totalRevenue = plan.doubleColumn("revenue_today").sum();
    for (Frame g : plan.splitOn(by)) {
      String label = g.stringColumn(by).get(0);
      addPlanGroup(out, label.isEmpty() ? "(none)" : label, g, totalRevenue);
    }
    return out.sortDescendingOn("revenue_today").withName("plan by " + by);
  }

  /** The same figures as {@link #planByGroup} for all accounts: the total row, labelled in column {@code by}. */
  static Frame planTotal(Frame plan, String by) {
    Frame out = planGroups(by);
    addPlanGroup(out, "All accounts", plan, plan.doubleColumn("revenue_today").sum());
    return out;
  }

  private static Frame planGroups(String by) {
    return Frame.of(by, StringColumn.create(by), IntColumn.create("accounts"),
        DoubleColumn.create("revenue_today"), DoubleColumn.create("share_today"), IntColumn.create("key_today"),
        IntColumn.create("key_in_plan"), DoubleColumn.create("incremental_value"));
  }

  private static void addPlanGroup(Frame out, String label, Frame g, double totalRevenue) {
    double revenue = g.doubleColumn("revenue_today").sum();
    double value = 0;
    BooleanColumn inPlan = g.booleanColumn("key_in_plan");
    DoubleColumn incremental = g.doubleColumn("incremental_value");
    for (int i = 0; i < g.rowCount(); i++) {
      if (inPlan.get(i) && Double.isFinite(incremental.getDouble(i))) {
        value += incremental.getDouble(i);
      }
    }
    ((StringColumn) out.column(0)).append(label);
    out.intColumn("accounts").append(g.rowCount());
    out.doubleColumn("revenue_today").append(revenue);
    out.doubleColumn("share_today").append(totalRevenue > 0 ? revenue / totalRevenue : Double.NaN);
    out.intColumn("key_today").append(g.booleanColumn("key_today").countTrue());
    out.intColumn("key_in_plan").append(inPlan.countTrue());
    out.doubleColumn("incremental_value").append(value);
  }

  /** The optimised plan and each baseline: key accounts, KAMs, objective, and the paired advantage. */
  static Optional<Frame> baselines(PlanSearch.Chosen chosen) {
    if (chosen.baselines().isEmpty()) {
      return Optional.empty();
    }
    StringColumn name = StringColumn.create("plan");
    IntColumn key = IntColumn.create("key_accounts");
    IntColumn kams = IntColumn.create("kams");
    DoubleColumn objective = DoubleColumn.create("objective");
    DoubleColumn stderr = DoubleColumn.create("objective_stderr");
    DoubleColumn meanProfit = DoubleColumn.create("mean_profit");
    DoubleColumn es95 = DoubleColumn.create("es95_profit");
    DoubleColumn advantage = DoubleColumn.create("advantage");
    DoubleColumn low = DoubleColumn.create("advantage_ci95_low");
    DoubleColumn high = DoubleColumn.create("advantage_ci95_high");
    name.append("optimised");
    key.append(chosen.key().size());
    kams.append(chosen.headcount());
    objective.append(chosen.objective().value());
    stderr.append(chosen.objective().stderr());
    meanProfit.append(chosen.figures().meanProfit());
    es95.append(chosen.figures().es95Profit());
    advantage.appendMissing();
    low.appendMissing();
    high.appendMissing();
    for (PlanSearch.Baseline b : chosen.baselines()) {
      name.append(b.name());
      key.append(b.key().size());
      kams.append(b.headcount());
      objective.append(b.objective().value());
      stderr.append(b.objective().stderr());
      meanProfit.append(b.figures().meanProfit());
      es95.append(b.figures().es95Profit());
      advantage.append(b.advantage().value());
      low.append(b.advantage().ci95Low());
      high.append(b.advantage().ci95High());
    }
    return Optional.of(Frame.of("baselines", name, key, kams, objective, stderr, meanProfit, es95,
        advantage, low, high));
  }
}
