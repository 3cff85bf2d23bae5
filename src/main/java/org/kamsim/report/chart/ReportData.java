package org.kamsim.report.chart;

import java.util.HashMap;
import java.util.Map;
import org.kamsim.report.text.ShockText;
import org.kamsim.results.AccountsFile;
import org.kamsim.results.Result;
import org.kamsim.results.Table;
import org.kamsim.results.TrialsFile;
import org.kamsim.simulation.Stats;

/**
 * What the charts and the page both derive from a result, computed once per report: the trials' horizon
 * totals sorted (for the distributions, the S-curves and the percentile table) and as running means (for
 * the precision chart), the tail drivers, and the
 * scenario's events in words with the portfolio's account names. The arrays are shared, not copied: no
 * reader may change them.
 */
public final class ReportData {
  private final Result result;
  private final double[] revenue;
  private final double[] profit;
  private final double[] revenueWithoutShocks;
  private final double[] profitWithoutShocks;
  private final RunningMeans runningRevenue;
  private final RunningMeans runningProfit;
  private final TailDrivers drivers;
  private final ShockText shocks;
  private final Map<String, Integer> rows;

  public ReportData(Result result) {
    this.result = result;
    Table trials = result.trials();
    boolean shocked = result.summary().shockImpact().isPresent();
    double[] revenueByTrial = trials.doubles(TrialsFile.REVENUE).toArray();
    double[] profitByTrial = trials.doubles(TrialsFile.PROFIT).toArray();
    revenue = Stats.sorted(revenueByTrial);
    profit = Stats.sorted(profitByTrial);
    runningRevenue = new RunningMeans(revenueByTrial);
    runningProfit = new RunningMeans(profitByTrial);
    revenueWithoutShocks = shocked ? Stats.sorted(trials.doubles(TrialsFile.REVENUE_WITHOUT_SHOCKS).toArray()) : null;
    profitWithoutShocks = shocked ? Stats.sorted(trials.doubles(TrialsFile.PROFIT_WITHOUT_SHOCKS).toArray()) : null;
    drivers = new TailDrivers(result);
    rows = rows(result.accounts());
    shocks = shockText(result, rows);
  }

  public Result result() {
    return result;
  }

  /** Each trial's horizon revenue, lowest first. */
  public double[] sortedRevenue() {
    return revenue;
  }

  /** Each trial's horizon profit, lowest first. */
  public double[] sortedProfit() {
    return profit;
  }

  /** Each trial's horizon revenue without the scenario's events, lowest first; null without events. */
  public double[] sortedRevenueWithoutShocks() {
    return revenueWithoutShocks;
  }

  /** Each trial's horizon profit without the scenario's events, lowest first; null without events. */
  public double[] sortedProfitWithoutShocks() {
    return profitWithoutShocks;
  }

  /** The running mean of horizon revenue as trials are added, in trial order. */
  public RunningMeans runningRevenue() {
    return runningRevenue;
  }

  /** The running mean of horizon profit as trials are added, in trial order. */
  public RunningMeans runningProfit() {
    return runningProfit;
  }

  public TailDrivers drivers() {
    return drivers;
  }

  /** The scenario's events in words. */
  public ShockText shocks() {
    return shocks;
  }

  /** An account in running text from its id: "A001 Raldale Plastics SpA", or the id alone. */
  public String label(String id) {
    return label(result.accounts(), rows, id);
  }

  /** The account's share of today's revenue; NaN for an unknown id or a portfolio without revenue. */
  public double share(String id) {
    return share(result.accounts(), rows, id);
  }

  /**
   * The scenario's events in words, named as the report names them, without the rest of the report's data
   * (for the terminal's summary).
   */
  public static ShockText shockText(Result result) {
    return shockText(result, rows(result.accounts()));
  }

  private static ShockText shockText(Result result, Map<String, Integer> rows) {
    Table accounts = result.accounts();
    return new ShockText(id -> label(accounts, rows, id), id -> share(accounts, rows, id),
        result.summary().horizonMonths());
  }

  private static String label(Table accounts, Map<String, Integer> rows, String id) {
    Integer row = rows.get(id);
    return row == null ? id : Labels.account(accounts, row);
  }

  private static double share(Table accounts, Map<String, Integer> rows, String id) {
    Integer row = rows.get(id);
    return row == null ? Double.NaN : accounts.doubles(AccountsFile.SHARE_TODAY).get(row);
  }

  private static Map<String, Integer> rows(Table accounts) {
    Map<String, Integer> rows = new HashMap<>();
    for (int i = 0; i < accounts.rowCount(); i++) {
      rows.put(accounts.texts(AccountsFile.ID).get(i), i);
    }
    return rows;
  }

  /** Share of the sorted values strictly below {@code level}. */
  public static double shareBelow(double[] sorted, double level) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < level) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return (double) lo / sorted.length;
  }
}
