package org.kamsim.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kamsim.model.Scoring;
import org.kamsim.report.chart.Labels;
import org.kamsim.report.chart.PlanPhases;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.Column;
import org.kamsim.results.DoubleColumn;
import org.kamsim.results.FlagColumn;
import org.kamsim.results.IntColumn;
import org.kamsim.results.PlanAccountsFile;
import org.kamsim.results.PlanSearch;
import org.kamsim.results.Table;
import org.kamsim.results.TextColumn;
import org.kamsim.simulation.Stats;

/**
 * The report's tables, derived from the result's tables. Columns carried over keep the files' names;
 * derived columns are named here.
 */
final class ReportTables {
  /** Accounts in the table of top accounts. */
  static final int TOP_ACCOUNTS = 20;
  /** Percentiles of the table of outcomes. */
  static final double[] PERCENTILES = {0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99};

  static final String RANK = "rank";
  static final String ACCOUNT = "account";
  static final String ACCOUNTS = "accounts";
  static final String GROUP = "group";
  static final String PROBABILITY_LOST_WEIGHTED = "probability_lost_weighted";
  static final String ES95_SHARE = "es95_share";
  static final String PERCENTILE = "percentile";
  static final String FROM_MONTH = "from_month";
  static final String TO_MONTH = "to_month";
  static final String PROMOTED = "promoted";
  static final String DEMOTED = "demoted";

  private ReportTables() {}

  /** One row per phase of the plan, month 1's first: its months, its plan, and who joined or left at its start. */
  static Table phases(PlanPhases phases) {
    List<PlanPhases.Phase> p = phases.phases();
    int n = p.size();
    return Table.of("plan phases",
        IntColumn.of(FROM_MONTH, n, i -> p.get(i).from()),
        IntColumn.of(TO_MONTH, n, i -> p.get(i).to()),
        IntColumn.of(KEY_ACCOUNTS, n, i -> p.get(i).keyAccounts()),
        IntColumn.of(KAMS, n, i -> p.get(i).kams()),
        IntColumn.of(PROMOTED, n, i -> p.get(i).promoted()),
        IntColumn.of(DEMOTED, n, i -> p.get(i).demoted()));
  }

  /**
   * The largest accounts by revenue today, largest first, with a 1-based {@code rank} and one column for
   * who the account is ("A001 Raldale Plastics SpA").
   */
  static Table topAccounts(Table accounts, int count) {
    DoubleColumn revenue = accounts.doubles(AccountsFile.REVENUE_TODAY);
    Table top = accounts.sorted(Comparator.comparingDouble((Integer i) -> -revenue.get(i))).first(count);
    int n = top.rowCount();
    return top.withColumn(0, TextColumn.of(ACCOUNT, n, i -> Labels.account(top, i)))
        .withColumn(0, IntColumn.of(RANK, n, i -> i + 1)).named("top accounts");
  }

  /**
   * One row per value of the text column {@code by} ({@code segment} or {@code region}), largest revenue
   * first: accounts, revenue today and its share, key accounts today and in the plan, expected revenue,
   * probability of loss weighted by revenue today, and the contribution to ES 95% of revenue and its share.
   */
  static Table byGroup(Table accounts, String by) {
    return byGroup(accounts, by,
        Comparator.comparingDouble((Table g) -> -g.doubles(AccountsFile.REVENUE_TODAY).sum()));
  }

  /**
   * As {@link #byGroup} by {@code tier}, best tier first: tiers are score bands, so the order of their best
   * scores is the scenario's order of tiers; {@code standard}, which also holds accounts under
   * {@code min_share} whatever their score, comes last.
   */
  static Table byTier(Table accounts) {
    String by = AccountsFile.TIER.name();
    return byGroup(accounts, by,
        Comparator.comparing((Table g) -> g.texts(by).get(0).equals(Scoring.STANDARD))
            .thenComparingDouble(g -> -g.doubles(AccountsFile.SCORE).max()));
  }

  private static Table byGroup(Table accounts, String by, Comparator<Table> order) {
    double totalRevenue = accounts.doubles(AccountsFile.REVENUE_TODAY).sum();
    double totalEs = accounts.doubles(AccountsFile.ES95_CONTRIBUTION).sum();
    List<Table> groups = new ArrayList<>(accounts.groupBy(by));
    groups.sort(order);
    List<String> names = new ArrayList<>();
    for (Table g : groups) {
      String name = g.texts(by).get(0);
      names.add(name.isEmpty() ? "(none)" : name);
    }
    return groupTable(groups, names, totalRevenue, totalEs).named("by " + by);
  }

  /** The same figures as {@link #byGroup} for the whole portfolio: the total row. */
  static Table total(Table accounts) {
    return groupTable(List.of(accounts), List.of("All accounts"),
        accounts.doubles(AccountsFile.REVENUE_TODAY).sum(), accounts.doubles(AccountsFile.ES95_CONTRIBUTION).sum());
  }

  private static Table groupTable(List<Table> groups, List<String> names, double totalRevenue, double totalEs) {
    int n = groups.size();
    double[] revenue = new double[n];
    double[] weightedLoss = new double[n];
    double[] es = new double[n];
    for (int g = 0; g < n; g++) {
      Table t = groups.get(g);
      DoubleColumn r = t.doubles(AccountsFile.REVENUE_TODAY);
      DoubleColumn lost = t.doubles(AccountsFile.PROBABILITY_LOST);
      for (int i = 0; i < t.rowCount(); i++) {
        revenue[g] += r.get(i);
        weightedLoss[g] += r.get(i) * lost.get(i);
      }
      es[g] = t.doubles(AccountsFile.ES95_CONTRIBUTION).sum();
    }
    return Table.of("groups",
        TextColumn.of(GROUP, names),
        IntColumn.of(ACCOUNTS, n, g -> groups.get(g).rowCount()),
        DoubleColumn.of(AccountsFile.REVENUE_TODAY.name(), revenue),
        DoubleColumn.of(AccountsFile.SHARE_TODAY.name(), n, g -> totalRevenue > 0 ? revenue[g] / totalRevenue : Double.NaN),
        IntColumn.of(AccountsFile.KEY_TODAY.name(), n, g -> groups.get(g).flags(AccountsFile.KEY_TODAY).countTrue()),
        IntColumn.of(AccountsFile.KEY_IN_PLAN.name(), n,
            g -> groups.get(g).flags(AccountsFile.KEY_IN_PLAN).countTrue()),
        DoubleColumn.of(AccountsFile.EXPECTED_REVENUE.name(), n,
            g -> groups.get(g).doubles(AccountsFile.EXPECTED_REVENUE).sum()),
        // Revenue-weighted, so that it reads as "the share of today's revenue expected to be lost".
        DoubleColumn.of(PROBABILITY_LOST_WEIGHTED, n, g -> revenue[g] > 0 ? weightedLoss[g] / revenue[g] : Double.NaN),
        DoubleColumn.of(AccountsFile.ES95_CONTRIBUTION.name(), es),
        DoubleColumn.of(ES95_SHARE, n, g -> totalEs != 0 ? es[g] / totalEs : Double.NaN),
        DoubleColumn.of(AccountsFile.REVENUE_LOST_TO_SHOCKS.name(), n,
            g -> groups.get(g).doubles(AccountsFile.REVENUE_LOST_TO_SHOCKS).allMissing() ? Double.NaN
                : groups.get(g).doubles(AccountsFile.REVENUE_LOST_TO_SHOCKS).sum()));
  }

  /**
   * The accounts of {@code plan.csv} key today or in the optimised plan, in-plan first, then by incremental
   * value and revenue, with the account's name in one column.
   */
  static Table planAccounts(Table plan) {
    FlagColumn inPlan = plan.flags(PlanAccountsFile.KEY_IN_PLAN);
    FlagColumn today = plan.flags(PlanAccountsFile.KEY_TODAY);
    Table changed = plan.where(i -> inPlan.get(i) || today.get(i));
    FlagColumn key = changed.flags(PlanAccountsFile.KEY_IN_PLAN);
    DoubleColumn value = changed.doubles(PlanAccountsFile.INCREMENTAL_VALUE);
    DoubleColumn revenue = changed.doubles(PlanAccountsFile.REVENUE_TODAY);
    Table sorted = changed.sorted(Comparator.comparing((Integer i) -> !key.get(i))
        .thenComparingDouble(i -> -value.get(i)).thenComparingDouble(i -> -revenue.get(i)));
    return sorted.withColumn(0, TextColumn.of(ACCOUNT, sorted.rowCount(), i -> Labels.account(sorted, i)));
  }

  static final String PLAN = "plan";
  static final String KEY_ACCOUNTS = "key_accounts";
  static final String KAMS = "kams";
  static final String OBJECTIVE = "objective";
  static final String OBJECTIVE_STDERR = "objective_stderr";
  static final String MEAN_PROFIT = "mean_profit";
  static final String TAIL_MEAN_PROFIT = "tail_mean_profit";
  static final String ADVANTAGE = "advantage";
  static final String ADVANTAGE_LOW = "advantage_ci95_low";
  static final String ADVANTAGE_HIGH = "advantage_ci95_high";
  static final String PROFIT_ADVANTAGE = "profit_advantage";
  static final String PROFIT_ADVANTAGE_LOW = "profit_advantage_ci95_low";
  static final String PROFIT_ADVANTAGE_HIGH = "profit_advantage_ci95_high";

  /**
   * The optimised plan and each baseline: key accounts, KAMs, the objective, mean profit, profit in the
   * worst 5%, and the optimised plan's paired advantage over it, in the objective and in mean profit.
   */
  static Table baselines(PlanSearch.Chosen chosen) {
    List<PlanSearch.Baseline> b = chosen.baselines();
    int n = b.size() + 1;
    PlanSearch.Figures best = chosen.figures();
    return Table.of("baselines",
        TextColumn.of(PLAN, n, i -> i == 0 ? "optimised" : b.get(i - 1).name()
            + (b.get(i - 1).sameAsOptimised() ? " (the same plan)" : "")),
        IntColumn.of(KEY_ACCOUNTS, n, i -> i == 0 ? chosen.key().size() : b.get(i - 1).key().size()),
        IntColumn.of(KAMS, n, i -> i == 0 ? chosen.headcount() : b.get(i - 1).headcount()),
        DoubleColumn.of(OBJECTIVE, n, i -> i == 0 ? chosen.objective().value() : b.get(i - 1).objective().value()),
        DoubleColumn.of(OBJECTIVE_STDERR, n,
            i -> i == 0 ? chosen.objective().stderr() : b.get(i - 1).objective().stderr()),
        DoubleColumn.of(MEAN_PROFIT, n, i -> i == 0 ? best.meanProfit() : b.get(i - 1).figures().meanProfit()),
        DoubleColumn.of(TAIL_MEAN_PROFIT, n,
            i -> i == 0 ? best.tailMeanProfit() : b.get(i - 1).figures().tailMeanProfit()),
        DoubleColumn.of(ADVANTAGE, n, i -> i == 0 ? Double.NaN : b.get(i - 1).advantage().value()),
        DoubleColumn.of(ADVANTAGE_LOW, n, i -> i == 0 ? Double.NaN : b.get(i - 1).advantage().ci95Low()),
        DoubleColumn.of(ADVANTAGE_HIGH, n, i -> i == 0 ? Double.NaN : b.get(i - 1).advantage().ci95High()),
        DoubleColumn.of(PROFIT_ADVANTAGE, n, i -> i == 0 ? Double.NaN : b.get(i - 1).profitAdvantage().value()),
        DoubleColumn.of(PROFIT_ADVANTAGE_LOW, n,
            i -> i == 0 ? Double.NaN : b.get(i - 1).profitAdvantage().ci95Low()),
        DoubleColumn.of(PROFIT_ADVANTAGE_HIGH, n,
            i -> i == 0 ? Double.NaN : b.get(i - 1).profitAdvantage().ci95High()));
  }

  /**
   * Percentiles of horizon totals across the futures: one row per percentile of {@link #PERCENTILES}, one
   * column per named series (each given sorted), type-7 quantiles as everywhere in kamsim.
   */
  static Table percentiles(List<String> names, List<double[]> sorted) {
    int n = PERCENTILES.length;
    List<Column> columns = new ArrayList<>();
    columns.add(TextColumn.of(PERCENTILE, n, i -> "P" + Math.round(PERCENTILES[i] * 100)));
    for (int c = 0; c < names.size(); c++) {
      double[] values = sorted.get(c);
      columns.add(DoubleColumn.of(names.get(c), n, i -> Stats.quantile(values, PERCENTILES[i])));
    }
    return Table.of("percentiles", columns);
  }
}
