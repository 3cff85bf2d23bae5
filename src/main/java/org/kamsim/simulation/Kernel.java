package org.kamsim.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Plan;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.model.Shock;

/**
 * The trial kernel: one trial of the whole portfolio under the plan and, on the very same draws, under
 * the status quo.
 *
 * <p>Layout: accounts outside, a pass of trials inside ({@link #TRIALS_PER_PASS}), months innermost. An
 * account's months are a chain (revenue compounds, churn is absorbing), so the month loop runs over a
 * handful of contiguous primitive arrays of one {@link CoveragePath} and stops at churn; the account's
 * arrays stay in cache across the pass, and the factor paths of the pass's trials (a few KB each) stay
 * in L2. Per trial and account the cost is one normal for the copula
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
  /** The plan's KAM cost of each month (its headcount changes with the phases). */
  private final double[] planKamCostMonthly;
  /** Their sum over the horizon, as the program cost counts it. */
  private final double planKamCostTotal;
  private final double statusQuoKamCostMonthly;
  /** First month in which each account can lose a KAM: when it first joins a key set. */
  private final int[] exposedFrom;

  Kernel(Scenario scenario) {
    this(scenario, scenario.plan(), scenario.statusQuo(), scenario.portfolio(), scenario.horizonMonths());
  }

  private Kernel(Scenario scenario, Plan plan, Plan statusQuo, Portfolio portfolio, int horizon) {
    this(scenario, plan.joinMonths(portfolio, horizon), plan.leaveMonths(portfolio, horizon),
        kamsByMonth(plan, horizon), statusQuo.mask(portfolio), statusQuo.headcount());
  }

  /**
   * A kernel comparing two arbitrary key sets on the same draws: "plan" and "status quo" are whatever the
   * caller needs (the optimiser passes every account key against none).
   */
  Kernel(Scenario scenario, boolean[] inPlan, int planKams, boolean[] inStatusQuo, int statusQuoKams) {
    this(scenario, joinMonths(inPlan, scenario.horizonMonths()), leaveNever(inPlan.length,
        scenario.horizonMonths()), constant(planKams, scenario.horizonMonths()), inStatusQuo, statusQuoKams);
  }

  /**
   * The general kernel: the plan's account {@code i} is key in months {@code [planJoin[i], planLeave[i])}
   * with {@code planKams[t]} KAMs in month {@code t + 1}; the status quo never changes.
   */
  private Kernel(Scenario scenario, int[] planJoin, int[] planLeave, int[] planKams, boolean[] inStatusQuo,
      int statusQuoKams) {
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
    this.planKamCostMonthly = new double[horizon];
    boolean constantKams = true;
    for (int t = 0; t < horizon; t++) {
      planKamCostMonthly[t] = planKams[t] * kam.costPerKam() / 12;
      constantKams &= planKams[t] == planKams[0];
    }
    double kamTotal = 0;
    for (int t = 0; t < horizon; t++) {
      kamTotal += planKamCostMonthly[t];
    }
    // A plan that never changes keeps the product it always had (same bits as before phases existed).
    this.planKamCostTotal = constantKams ? planKamCostMonthly[0] * horizon : kamTotal;
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
    this.exposedFrom = new int[accounts];
    for (int i = 0; i < accounts; i++) {
      boolean keyToday = portfolio.get(i).key();
      Coverage plan = Coverage.of(keyToday, planJoin[i] <= horizon);
      Coverage statusQuo = Coverage.of(keyToday, inStatusQuo[i]);
      planPaths[i] = new CoveragePath(portfolio, i, plan, planJoin[i], planLeave[i], horizon, scenario.program(),
          scenario.factor().growthCorrelation(), varianceIncrement, shocks, masks, kam.attrition() > 0);
      // Attrition is memoryless, so exposure may start at the first key month without changing its law.
      exposedFrom[i] = statusQuo.inKeySet() ? 1 : Math.min(planJoin[i], horizon + 1);
      // Shared only when the whole path is the same: a phased path differs from the unchanging status quo.
      statusQuoPaths[i] = statusQuo == plan && !planPaths[i].phased ? planPaths[i]
          : new CoveragePath(portfolio, i, statusQuo, horizon, scenario.program(),
              scenario.factor().growthCorrelation(), varianceIncrement, shocks, masks, kam.attrition() > 0);
      drawsAttrition[i] = CoveragePath.attritionMatters(plan, kam)
          || CoveragePath.attritionMatters(statusQuo, kam);
    }
  }

  private static int[] joinMonths(boolean[] inPlan, int horizon) {
    int[] join = new int[inPlan.length];
    for (int i = 0; i < join.length; i++) {
      join[i] = inPlan[i] ? 1 : horizon + 1;
    }
    return join;
  }

  private static int[] leaveNever(int accounts, int horizon) {
    return constant(horizon + 1, accounts);
  }

  private static int[] constant(int value, int length) {
    int[] a = new int[length];
    Arrays.fill(a, value);
    return a;
  }

  private static int[] kamsByMonth(Plan plan, int horizon) {
    int[] kams = new int[horizon];
    for (int t = 0; t < horizon; t++) {
      kams[t] = plan.headcountAt(t + 1);
    }
    return kams;
  }

  /**
   * Trials the simulator runs together, account by account: an account's paths (drift, thresholds,
   * margins) are read from memory once per pass instead of once per trial, which matters once the
   * portfolio's paths outgrow the cache (at 10,000 accounts, about 30 MB: 40% less time per trial). The
   * workspaces of a pass take about 4 KB each at 36 months.
   */
  static final int TRIALS_PER_PASS = 64;

  /**
   * Runs the trials named by {@code ws[0..count).trial}, each leaving its monthly totals in its workspace,
   * and adds each account's plan revenue, profit and loss to the per-account sums when they are not
   * null, trial by trial in the order of {@code ws}.
   *
   * <p>The loop is account-outer, trial-inner, but every trial sums its accounts in portfolio order and
   * every account sums its trials in the order given, exactly as trial-by-trial runs would: the results
   * are the same bits whatever the pass size.
   */
  void runTrials(Workspace[] ws, int count, double[] accountRevenue, double[] accountProfit,
      long[] accountLost) {
    final int months = horizon;
    for (int b = 0; b < count; b++) {
      Workspace w = ws[b];
      w.trialKey = Seeds.trial(seed, w.trial);
      w.z = drawFactorPath(w.trialKey, w);
      w.clearTrial();
    }
    for (int i = 0; i < accounts; i++) {
      final CoveragePath plan = planPaths[i];
      final CoveragePath statusQuo = statusQuoPaths[i];
      final boolean shared = statusQuo == plan;
      for (int b = 0; b < count; b++) {
        final Workspace w = ws[b];
        final StreamRng rng = w.accountRng;
        final double latent = startAccount(w.trialKey, w.z, i, w);
        final boolean departed = w.departureCount > 0;
        final long state0 = rng.state0();
        final long state1 = rng.state1();

        // Accounts covered alike under both plans (most) go into the common months once.
        int earned = evaluate(plan, latent, departed && plan.coverage.inKeySet(), w, rng,
            shared ? w.commonRevenue : w.planRevenue, shared ? w.commonProfit : w.planProfit);
        w.earnedHistogram[earned]++;
        double revenueTotal = w.accountRevenueTotal;
        if (plan.phased) {
          w.planProgramCost += w.accountProgramCost;
        } else if (plan.coverage.inKeySet()) {
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
          accountProfit[i] += w.accountProfitTotal;
        }
        if (accountLost != null && lost) {
          accountLost[i]++;
        }
        if (!shared) {
          rng.restore(state0, state1);
          evaluate(statusQuo, latent, departed && statusQuo.coverage.inKeySet(), w, rng,
              w.statusQuoRevenue, w.statusQuoProfit);
        }
      }
    }
    for (int b = 0; b < count; b++) {
      finishTrial(ws[b]);
    }
  }

  /** Monthly totals of a trial whose accounts are all done: common months, active counts, KAM cost. */
  private void finishTrial(Workspace w) {
    final int months = horizon;
    int churned = 0;
    for (int t = 0; t < months; t++) {
      churned += w.earnedHistogram[t];
      w.planActive[t] = accounts - churned;
      w.planRevenue[t] += w.commonRevenue[t];
      w.statusQuoRevenue[t] += w.commonRevenue[t];
      w.planProfit[t] += w.commonProfit[t] - planKamCostMonthly[t];
      w.statusQuoProfit[t] += w.commonProfit[t] - statusQuoKamCostMonthly;
    }
    w.planProgramCost += planKamCostTotal;
  }

  /**
   * Runs trial {@code trial} and writes every account's horizon revenue and profit (before KAM cost) under
   * both coverages, on the same draws: the optimiser's raw material.
   *
   * @param npvWeights null for horizon profit; else each month's weight in the NPV
   *     ({@link org.kamsim.model.Finance#npvWeights}), and the profit arrays receive each account's
   *     {@code sum_t w_t profit_t} instead. The NPV is linear in the monthly profits, so these per-account
   *     figures add up, with the KAM cost's {@code sum_t w_t kam_t}, to the trial's NPV as the simulator
   *     computes it from the portfolio's monthly profits.
   */
  void runTrialPerAccount(long trial, Workspace w, double[] npvWeights, double[] planRevenue,
      double[] planProfit, double[] statusQuoRevenue, double[] statusQuoProfit) {
    final long trialKey = Seeds.trial(seed, trial);
    final double z = drawFactorPath(trialKey, w);
    final StreamRng rng = w.accountRng;
    if (npvWeights != null) {
      Arrays.fill(w.planRevenue, 0);
      Arrays.fill(w.planProfit, 0);
    }
    for (int i = 0; i < accounts; i++) {
      final double latent = startAccount(trialKey, z, i, w);
      final boolean departed = w.departureCount > 0;
      final long state0 = rng.state0();
      final long state1 = rng.state1();
      CoveragePath plan = planPaths[i];
      planProfit[i] = evaluateAccount(plan, latent, departed, w, rng, npvWeights);
      planRevenue[i] = w.accountRevenueTotal;
      CoveragePath statusQuo = statusQuoPaths[i];
      if (statusQuo == plan) {
        statusQuoRevenue[i] = planRevenue[i];
        statusQuoProfit[i] = planProfit[i];
      } else {
        rng.restore(state0, state1);
        statusQuoProfit[i] = evaluateAccount(statusQuo, latent, departed, w, rng, npvWeights);
        statusQuoRevenue[i] = w.accountRevenueTotal;
      }
    }
  }

  /**
   * One account under one coverage for {@link #runTrialPerAccount}: its horizon profit, or with
   * {@code npvWeights} its NPV, read from the months it earns in the workspace's (otherwise unused) plan
   * month arrays, which are left zero again for the next account.
   */
  private double evaluateAccount(CoveragePath p, double latent, boolean departed, Workspace w, StreamRng rng,
      double[] npvWeights) {
    boolean lostKam = departed && p.coverage.inKeySet();
    if (npvWeights == null) {
      evaluate(p, latent, lostKam, w, rng, null, null);
      return w.accountProfitTotal;
    }
    final double[] revenue = w.planRevenue;
    final double[] profit = w.planProfit;
    int earned = evaluate(p, latent, lostKam, w, rng, revenue, profit);
    double npv = 0;
    for (int t = 0; t < earned; t++) {
      npv += npvWeights[t] * profit[t];
      revenue[t] = 0;
      profit[t] = 0;
    }
    return npv;
  }

  /**
   * Points the account stream at account {@code i} of the trial, draws its copula latent and, when it may
   * be key, its KAM departures ({@code w.departureCount}, 0 otherwise). Returns the latent.
   */
  private double startAccount(long trialKey, double z, int i, Workspace w) {
    w.accountRng.reseed(Seeds.account(trialKey, i));
    final double latent = sqrtRho * z + sqrtOneMinusRho * w.accountRng.nextGaussian();
    if (drawsAttrition[i]) {
      drawDepartures(Seeds.attrition(trialKey, i), exposedFrom[i], w);
    } else {
      w.departureCount = 0;
    }
    return latent;
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
   * Evaluates one account under one coverage. Returns the months it earns (it is active in months
   * 1..result), leaves its horizon revenue and profit in {@code w}, and adds its monthly revenue and
   * profit to {@code revenueOut}/{@code profitOut} when they are not null.
   *
   * <p>The churn month is found first (thresholds ascend, so one comparison for an account that survives,
   * a binary search otherwise), so the month loop reads only the drift, the margin when it varies, and
   * the trial's factor path, and stops where the account stops earning.
   */
  private int evaluate(CoveragePath p, double latent, boolean departed, Workspace w, StreamRng rng,
      double[] revenueOut, double[] profitOut) {
    final int limit = Math.min(horizon, p.lossMonth - 1);
    final double[] drift;
    final int earned;
    if (departed) {
      // A KAM departure changed the hazards: the churn clock E against the rebuilt cumulative hazard.
      p.rebuildAfterAttrition(w.departures, w.departureCount, vacancyMonths, w.hazard, w.drift);
      earned = churnMonth(w.hazard, Normal.churnClock(latent), limit);
      drift = w.drift;
    } else {
      earned = churnMonth(p.threshold, latent, limit);
      if (p.revenue != null) {
        // Zero volatility: the revenue path is fixed, only the churn month is random.
        w.accountRevenueTotal = p.revenuePrefix[earned];
        w.accountProfitTotal = p.profitPrefix[earned];
        if (revenueOut != null) {
          add(p.revenue, p.profit, earned, revenueOut, profitOut);
        }
        return earned;
      }
      drift = p.drift;
    }
    final double[] factor = w.factor;
    final double[] margin = p.constantMargin ? null : p.margin;
    final double margin0 = p.margin0;
    final double cost = p.monthlyCost;
    final double[] costs = p.monthCost;
    final double[] discounts = p.monthDiscount;
    double programCost = 0;
    final double cap = p.cap;
    final double systemic = p.systemicVol;
    final double idiosyncratic = p.idiosyncraticVol;
    final boolean volatile_ = systemic != 0 || idiosyncratic != 0;
    final boolean monthly = revenueOut != null;
    // Three passes over the months instead of one: the log-growth of each month, its exp, then the
    // compounding. The exps do not depend on one another, so in a pass of their own the processor
    // overlaps many of them; in one fused loop each waited behind the previous month's normal and exp
    // (about 7% of a trial, measured on perf-1000 with interleaved runs). Same draws in the same order.
    // The exp pass is vector code when every month is a small log-return (see FastExp.expInPlace); the
    // check rides on the first pass, which waits on the generator anyway.
    final double[] growth = w.growth;
    boolean smallReturns = true;
    for (int t = 0; t < earned; t++) {
      double logGrowth = volatile_
          ? drift[t] + systemic * factor[t] + idiosyncratic * rng.nextGaussian() : drift[t];
      growth[t] = logGrowth;
      smallReturns &= Math.abs(logGrowth) <= FastExp.SERIES_LIMIT;
    }
    FastExp.expInPlace(growth, earned, smallReturns);
    double level = p.startRevenue;
    double revenueTotal = 0;
    double profitTotal = 0;
    for (int t = 0; t < earned; t++) {
      level *= growth[t];
      if (level > cap) {
        level = cap;
      }
      double profit = level * (margin == null ? margin0 : margin[t]) - (costs == null ? cost : costs[t]);
      if (costs != null) {
        programCost += level * discounts[t] + (p.inKey(t + 1) ? p.monthlyOverhead : 0);
      }
      revenueTotal += level;
      profitTotal += profit;
      if (monthly) {
        revenueOut[t] += level;
        profitOut[t] += profit;
      }
    }
    w.accountRevenueTotal = revenueTotal;
    w.accountProfitTotal = profitTotal;
    w.accountProgramCost = programCost;
    return earned;
  }

  /**
   * First month index t < limit with {@code key <= bound[t]} (bounds ascend: churn thresholds, or
   * cumulative hazards against the churn clock), else limit.
   */
  private static int churnMonth(double[] bound, double key, int limit) {
    if (limit == 0 || key > bound[limit - 1]) {
      return limit; // survives the horizon: the common case, one comparison
    }
    int lo = 0;
    int hi = limit - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (key <= bound[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static void add(double[] revenue, double[] profit, int months, double[] revenueOut,
      double[] profitOut) {
    for (int t = 0; t < months; t++) {
      revenueOut[t] += revenue[t];
      profitOut[t] += profit[t];
    }
  }

  /**
   * Draws the months in which the account's KAM leaves: geometric waiting times with the monthly hazard,
   * restarting when the replacement starts. Returns how many fall within the horizon.
   */
  private int drawDepartures(long key, int firstKeyMonth, Workspace w) {
    final StreamRng rng = w.attritionRng;
    rng.reseed(key);
    int count = 0;
    long exposedFrom = firstKeyMonth;
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
