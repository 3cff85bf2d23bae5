package org.kamsim.simulation;

import org.kamsim.model.Account;
import org.kamsim.model.Program;

/**
 * The contract's expectation for one account on a deterministic coverage path, built month by month from
 * the MODEL.md rules by the test author (coverage, ramp, demotion, shocks given as per-month arrays).
 */
public final class Expected {
  final double[] revenue;
  final double[] profit;
  final double[] active;

  private Expected(double[] revenue, double[] profit, double[] active) {
    this.revenue = revenue;
    this.profit = profit;
    this.active = active;
  }

  public double revenue() {
    return Oracle.sum(revenue);
  }

  public double profit() {
    return Oracle.sum(profit);
  }

  /** Expected profit of each month (index t = month t+1), a copy: for discounted sums. */
  public double[] profitByMonth() {
    return profit.clone();
  }

  double lostProbability() {
    return 1 - active[active.length - 1];
  }

  /**
   * @param coverage how the account is covered (no KAM attrition)
   * @param churnMult per-month multiplier of annual churn from shocks (null: none)
   * @param growthAdd per-month addition to annual growth from shocks (null: none)
   * @param marginAdd per-month addition to margin from shocks (null: none)
   * @param lossMonth month of certain loss, or Integer.MAX_VALUE
   */
  public static Expected of(Account a, Coverage coverage, Program program, int months, double rho,
      double beta, double phi, double[] churnMult, double[] growthAdd, double[] marginAdd,
      int lossMonth) {
    double[] churn = new double[months];
    double[] growth = new double[months];
    double[] margin = new double[months];
    boolean key = coverage == Coverage.KEPT || coverage == Coverage.ELEVATED;
    for (int t = 0; t < months; t++) {
      double r = switch (coverage) {
        case KEPT -> 1;
        case ELEVATED -> program.rampMonths() == 0 ? 1 : Math.min(1, (t + 1.0) / program.rampMonths());
        default -> 0;
      };
      double p = coverage == Coverage.DEMOTED ? a.churn() * program.demotionChurnMultiplier()
          : a.churn() * (1 - (1 - program.churnMultiplier()) * r);
      churn[t] = p * (churnMult == null ? 1 : churnMult[t]);
      growth[t] = a.growth() + program.growthUplift() * r + (growthAdd == null ? 0 : growthAdd[t]);
      margin[t] = a.margin() - (key ? program.discount() : 0) + (marginAdd == null ? 0 : marginAdd[t]);
    }
    double[] revenue = Oracle.revenueByMonth(a.revenue(), a.volatility(), churn, growth,
        a.potential() / 12, rho, beta, phi, lossMonth);
    double[] active = Oracle.activeByMonth(churn, lossMonth);
    double[] profit = new double[months];
    double monthlyCost = a.costToServe() / 12 + (key ? program.overheadPerAccount() / 12 : 0);
    for (int t = 0; t < months; t++) {
      profit[t] = revenue[t] * margin[t] - active[t] * monthlyCost;
    }
    return new Expected(revenue, profit, active);
  }

  /**
   * The contract's expectation for an account that is key in months {@code [join, leave)} of a phased plan
   * (1-based; {@code months + 1} for never), no shocks, no KAM attrition, written from MODEL.md "Phased
   * plans": the coverage clock starts in month {@code join} ({@code r = 1} throughout for an account key
   * today and key from month 1), discount and overhead apply in the key months, and churn is multiplied by
   * {@code demotion_churn_multiplier} in every month out of the key set after leaving it (from month 1 for
   * an account key today that is not key in month 1).
   */
  public static Expected phased(Account a, int join, int leave, Program program, int months, double rho,
      double beta, double phi) {
    double[] churn = new double[months];
    double[] growth = new double[months];
    double[] margin = new double[months];
    double[] cost = new double[months];
    for (int t = 0; t < months; t++) {
      int month = t + 1;
      boolean key = join <= month && month < leave;
      boolean demoted = !key && (a.key() || (join <= months && month >= leave));
      double r = 0;
      if (key) {
        int covered = month - join + 1;
        r = a.key() && join == 1 || program.rampMonths() == 0 ? 1
            : Math.min(1, (double) covered / program.rampMonths());
      }
      churn[t] = demoted ? a.churn() * program.demotionChurnMultiplier()
          : a.churn() * (1 - (1 - program.churnMultiplier()) * r);
      growth[t] = a.growth() + program.growthUplift() * r;
      margin[t] = a.margin() - (key ? program.discount() : 0);
      cost[t] = a.costToServe() / 12 + (key ? program.overheadPerAccount() / 12 : 0);
    }
    double[] revenue = Oracle.revenueByMonth(a.revenue(), a.volatility(), churn, growth,
        a.potential() / 12, rho, beta, phi, Integer.MAX_VALUE);
    double[] active = Oracle.activeByMonth(churn, Integer.MAX_VALUE);
    double[] profit = new double[months];
    for (int t = 0; t < months; t++) {
      profit[t] = revenue[t] * margin[t] - active[t] * cost[t];
    }
    return new Expected(revenue, profit, active);
  }

  public static Expected plain(Account a, Coverage coverage, Program program, int months, double rho,
      double beta, double phi) {
    return of(a, coverage, program, months, rho, beta, phi, null, null, null, Integer.MAX_VALUE);
  }
}
