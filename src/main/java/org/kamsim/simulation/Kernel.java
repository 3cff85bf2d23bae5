package org.kamsim.simulation;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.model.Shock;

/**
 * The trial kernel: one trial of the whole portfolio under the plan and, on the very same draws, under
 * the status quo.
 *
 * <p>Layout: the trial loop is outside, the account loop inside it, the month loop innermost. An account's
 * months are a chain (revenue compounds, churn is absorbing), so the month loop runs over a handful of
 * contiguous primitive arrays of one {@link CoveragePath} and stops at churn; the factor path of the trial
 * is shared by all accounts and stays in L1. Per trial and account the cost is one normal for the copula
 * latent, then per month one comparison against a precomputed churn threshold and, when volatility is
 * non-zero, one normal and one {@code exp}. With zero volatility the revenue path is precomputed and the
 * kernel only finds the churn month.
 *
 * <p>Each account draws from its own stream (see {@link Seeds}), so it can be evaluated twice on the same
 * draws: accounts whose coverage is the same under the plan and the status quo (most of them) are
 * evaluated once and counted for both.
 */
final class Kernel {
  final int accounts;
  final int horizon;
  private final long seed;
  private final CoveragePath[] planPaths;
  private final CoveragePath[] statusQuoPaths;
  private final boolean[] drawsAttrition;
  private final double sqrtRho;
  private final double sqrtOneMinusRho;
  private final double persistence;
  private final double innovation;
  /** {@code ln(1 - h_a)} for the monthly KAM attrition hazard {@code h_a}. */
  private final double logMonthlyKamRetention;
  private final int vacancyMonths;
  private final double planKamCostMonthly;
  private final double statusQuoKamCostMonthly;

  Kernel(Scenario scenario) {
    this(scenario, scenario.plan().mask(scenario.portfolio()), scenario.plan().headcount(),
        scenario.statusQuo().mask(scenario.portfolio()), scenario.statusQuo().headcount());
  }

  /**
   * A kernel comparing two arbitrary key sets on the same draws: "plan" and "status quo" are whatever the
   * caller needs (the optimiser passes every account key against none).
   */
  Kernel(Scenario scenario, boolean[] inPlan, int planKams, boolean[] inStatusQuo, int statusQuoKams) {
    Portfolio portfolio = scenario.portfolio();
    this.accounts = portfolio.size();
    this.horizon = scenario.horizonMonths();
    this.seed = scenario.seed();
    double rho = scenario.factor().churnCorrelation();
    this.sqrtRho = Math.sqrt(rho);
    this.sqrtOneMinusRho = Math.sqrt(1 - rho);
    this.persistence = scenario.factor().persistence();
    this.innovation = Math.sqrt(1 - persistence * persistence);
    KamPolicy kam = scenario.kam();
    this.logMonthlyKamRetention = Math.log1p(-kam.attrition()) / 12;
    this.vacancyMonths = kam.vacancyMonths();
    this.planKamCostMonthly = planKams * kam.costPerKam() / 12;
    this.statusQuoKamCostMonthly = statusQuoKams * kam.costPerKam() / 12;

    List<Shock> shocks = scenario.shocks();
    List<boolean[]> masks = new ArrayList<>();
    for (Shock s : shocks) {
      masks.add(s.selector().mask(portfolio, false));
      masks.add(s.selector().mask(portfolio, true));
    }
    double[] varianceIncrement = CoveragePath.varianceIncrements(horizon, persistence,
        scenario.factor().growthCorrelation());
    this.planPaths = new CoveragePath[accounts];
    this.statusQuoPaths = new CoveragePath[accounts];
    this.drawsAttrition = new boolean[accounts];
    for (int i = 0; i < accounts; i++) {
      boolean keyToday = portfolio.get(i).key();
      Coverage plan = Coverage.of(keyToday, inPlan[i]);
      Coverage statusQuo = Coverage.of(keyToday, inStatusQuo[i]);
      planPaths[i] = new CoveragePath(portfolio, i, plan, horizon, scenario.program(),
          scenario.factor().growthCorrelation(), varianceIncrement, shocks, masks);
      statusQuoPaths[i] = statusQuo == plan ? planPaths[i]
          : new CoveragePath(portfolio, i, statusQuo, horizon, scenario.program(),
              scenario.factor().growthCorrelation(), varianceIncrement, shocks, masks);
      drawsAttrition[i] = CoveragePath.attritionMatters(plan, kam)
          || CoveragePath.attritionMatters(statusQuo, kam);
    }
  }

  /**
   * Runs trial {@code trial}, leaving its monthly totals in {@code w}; adds each account's plan revenue,
   * profit and loss to the per-account sums when they are not null.
   */
  void runTrial(long trial, Workspace w, double[] accountRevenue, double[] accountProfit,
      long[] accountLost) {
    final int months = horizon;
    final long trialKey = Seeds.trial(seed, trial);
    final double z = drawFactorPath(trialKey, w);
    w.clearTrial();
    final StreamRng rng = w.accountRng;
    for (int i = 0; i < accounts; i++) {
      rng.reseed(Seeds.account(trialKey, i));
      final double latent = sqrtRho * z + sqrtOneMinusRho * rng.nextGaussian();
      boolean departed = drawsAttrition[i] && drawDepartures(Seeds.attrition(trialKey, i), w) > 0;
      final long state0 = rng.state0();
      final long state1 = rng.state1();
      final CoveragePath plan = planPaths[i];
      final CoveragePath statusQuo = statusQuoPaths[i];

      int earned = evaluate(plan, latent, departed && plan.coverage.inKeySet(), w, rng);
      double[] revenue = w.source;
      double revenueTotal = 0;
      double profitTotal = 0;
      final double[] margin = plan.margin;
      final double cost = plan.monthlyCost;
      final boolean shared = statusQuo == plan;
      for (int t = 0; t < earned; t++) {
        double x = revenue[t];
        double profit = x * margin[t] - cost;
        revenueTotal += x;
        profitTotal += profit;
        w.planRevenue[t] += x;
        w.planProfit[t] += profit;
        w.planActive[t] += 1;
        if (shared) {
          w.statusQuoRevenue[t] += x;
          w.statusQuoProfit[t] += profit;
        }
      }
      if (plan.coverage.inKeySet()) {
        w.planProgramCost += revenueTotal * plan.discount + earned * plan.monthlyOverhead;
      }
      boolean lost = earned < months;
      if (lost) {
        w.accountsLost++;
      }
      if (accountRevenue != null) {
        accountRevenue[i] += revenueTotal;
      }
      if (accountProfit != null) {
        accountProfit[i] += profitTotal;
      }
      if (accountLost != null && lost) {
        accountLost[i]++;
      }
      if (!shared) {
        rng.restore(state0, state1);
        earned = evaluate(statusQuo, latent, departed && statusQuo.coverage.inKeySet(), w, rng);
        revenue = w.source;
        final double[] sqMargin = statusQuo.margin;
        final double sqCost = statusQuo.monthlyCost;
        for (int t = 0; t < earned; t++) {
          double x = revenue[t];
          w.statusQuoRevenue[t] += x;
          w.statusQuoProfit[t] += x * sqMargin[t] - sqCost;
        }
      }
    }
    for (int t = 0; t < months; t++) {
      w.planProfit[t] -= planKamCostMonthly;
      w.statusQuoProfit[t] -= statusQuoKamCostMonthly;
    }
    w.planProgramCost += planKamCostMonthly * months;
  }

  /**
   * Runs trial {@code trial} and writes every account's horizon revenue and profit (before KAM cost) under
   * both coverages, on the same draws: the optimiser's raw material.
   */
  void runTrialPerAccount(long trial, Workspace w, double[] planRevenue, double[] planProfit,
      double[] statusQuoRevenue, double[] statusQuoProfit) {
    final long trialKey = Seeds.trial(seed, trial);
    final double z = drawFactorPath(trialKey, w);
    final StreamRng rng = w.accountRng;
    for (int i = 0; i < accounts; i++) {
      rng.reseed(Seeds.account(trialKey, i));
      final double latent = sqrtRho * z + sqrtOneMinusRho * rng.nextGaussian();
      boolean departed = drawsAttrition[i] && drawDepartures(Seeds.attrition(trialKey, i), w) > 0;
      final long state0 = rng.state0();
      final long state1 = rng.state1();
      CoveragePath plan = planPaths[i];
      int earned = evaluate(plan, latent, departed && plan.coverage.inKeySet(), w, rng);
      planRevenue[i] = sum(w.source, earned);
      planProfit[i] = profit(plan, w.source, earned);
      CoveragePath statusQuo = statusQuoPaths[i];
      if (statusQuo == plan) {
        statusQuoRevenue[i] = planRevenue[i];
        statusQuoProfit[i] = planProfit[i];
      } else {
        rng.restore(state0, state1);
        earned = evaluate(statusQuo, latent, departed && statusQuo.coverage.inKeySet(), w, rng);
        statusQuoRevenue[i] = sum(w.source, earned);
        statusQuoProfit[i] = profit(statusQuo, w.source, earned);
      }
    }
  }

  private static double sum(double[] revenue, int months) {
    double total = 0;
    for (int t = 0; t < months; t++) {
      total += revenue[t];
    }
    return total;
  }

  private static double profit(CoveragePath p, double[] revenue, int months) {
    final double[] margin = p.margin;
    final double cost = p.monthlyCost;
    double total = 0;
    for (int t = 0; t < months; t++) {
      total += revenue[t] * margin[t] - cost;
    }
    return total;
  }

  /** Draws the trial's factor path {@code Y_1 = Z, Y_t = phi Y_{t-1} + sqrt(1 - phi^2) xi_t}; returns Z. */
  private double drawFactorPath(long trialKey, Workspace w) {
    final double[] factor = w.factor;
    w.factorRng.reseed(trialKey);
    final double z = w.factorRng.nextGaussian();
    factor[0] = z;
    for (int t = 1; t < horizon; t++) {
      factor[t] = persistence * factor[t - 1] + innovation * w.factorRng.nextGaussian();
    }
    return z;
  }

  /**
   * Months the account earns (it is active in months 1..result) under one coverage; its monthly revenue
   * is left in {@code w.source}.
   */
  private int evaluate(CoveragePath p, double latent, boolean departed, Workspace w, StreamRng rng) {
    final int limit = Math.min(horizon, p.lossMonth - 1);
    if (!departed && p.revenue != null) {
      w.source = p.revenue;
      final double[] threshold = p.threshold;
      for (int t = 0; t < limit; t++) {
        if (latent <= threshold[t]) {
          return t;
        }
      }
      return limit;
    }
    // Churned by month t iff key <= bound[t]: the latent against Phi^-1(F(t)) on the precomputed path,
    // or, once a KAM departure has changed the hazards, the churn clock E against cumulative hazard.
    final double key;
    final double[] bound;
    final double[] drift;
    if (departed) {
      p.rebuildAfterAttrition(w.departures, w.departureCount, vacancyMonths, w.hazard, w.drift);
      key = Normal.churnClock(latent);
      bound = w.hazard;
      drift = w.drift;
    } else {
      key = latent;
      bound = p.threshold;
      drift = p.drift;
    }
    final double[] out = w.accountRevenue;
    final double[] factor = w.factor;
    final double cap = p.cap;
    final double systemic = p.systemicVol;
    final double idiosyncratic = p.idiosyncraticVol;
    w.source = out;
    double level = p.startRevenue;
    if (idiosyncratic == 0 && systemic == 0) {
      for (int t = 0; t < limit; t++) {
        if (key <= bound[t]) {
          return t;
        }
        level = Math.min(level * Math.exp(drift[t]), cap);
        out[t] = level;
      }
    } else {
      for (int t = 0; t < limit; t++) {
        if (key <= bound[t]) {
          return t;
        }
        level = Math.min(
            level * Math.exp(drift[t] + systemic * factor[t] + idiosyncratic * rng.nextGaussian()), cap);
        out[t] = level;
      }
    }
    return limit;
  }

  /**
   * Draws the months in which the account's KAM leaves: geometric waiting times with the monthly hazard,
   * restarting when the replacement starts. Returns how many fall within the horizon.
   */
  private int drawDepartures(long key, Workspace w) {
    final StreamRng rng = w.attritionRng;
    rng.reseed(key);
    int count = 0;
    long exposedFrom = 1;
    while (true) {
      // P(gap = k) = (1 - h)^k h: months survived before the departure month.
      double gap = Math.floor(Math.log(rng.nextOpenClosed()) / logMonthlyKamRetention);
      double month = exposedFrom + gap;
      if (month > horizon) {
        break;
      }
      int departure = (int) month;
      w.departures[count++] = departure;
      exposedFrom = departure + Math.max(vacancyMonths, 1);
    }
    w.departureCount = count;
    return count;
  }
}
