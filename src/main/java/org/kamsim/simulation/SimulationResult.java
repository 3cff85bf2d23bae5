package org.kamsim.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;

/**
 * The results of one simulation: the figures of MODEL.md's outputs, computed once from the per-trial
 * arrays and sums the {@link Simulator} collected. Immutable; array views are copies.
 */
public final class SimulationResult {
  private final Scenario scenario;
  private final Distribution revenue;
  private final Distribution profit;
  private final Distribution statusQuoRevenue;
  private final Distribution statusQuoProfit;
  private final RiskMeasures revenueAtRisk;
  private final RiskMeasures profitAtRisk;
  private final double accountsLostMean;
  private final double accountsLostP95;
  private final double survivalRevenue;
  private final double probabilityBelowSurvival;
  private final Concentration concentration;
  private final PlanFigures plan;
  private final List<Period> periods;
  private final List<AccountOutcome> accounts;
  private final double[] revenueByTrial;
  private final double[] profitByTrial;
  private final double[] statusQuoProfitByTrial;
  private final double[] statusQuoRevenueByTrial;
  private final double[] programCostByTrial;
  private final double[] accountsLostByTrial;
  /** The plan's NPV of each trial; null without {@code finance}. */
  private final double[] npvByTrial;
  private final ShockEffect shockEffect;
  private final NpvFigures npv;

  /**
   * @param sortedRevenue {@code perTrial.planRevenue}, sorted
   * @param withoutShocks the same trials without the scenario's shocks; null when it has none
   */
  SimulationResult(Scenario scenario, Simulator.TrialArrays perTrial, double[] sortedRevenue,
      Simulator.BlockSums sums, double[] tailRevenue, int tailCount, Simulator.Counterfactual withoutShocks,
      BlockRunner blocks) {
    this.scenario = scenario;
    int n = scenario.trials();
    int months = scenario.horizonMonths();
    Portfolio portfolio = scenario.portfolio();
    this.revenueByTrial = perTrial.planRevenue;
    this.profitByTrial = perTrial.planProfit;
    this.statusQuoProfitByTrial = perTrial.statusQuoProfit;
    this.statusQuoRevenueByTrial = perTrial.statusQuoRevenue;
    this.programCostByTrial = perTrial.programCost;
    this.accountsLostByTrial = perTrial.accountsLost;
    this.npvByTrial = perTrial.planNpv;

    // Every order statistic comes from one sort per array. The sorts (the per-trial figures and each month's
    // revenue) are independent, so they run on the run's workers; plan revenue arrives sorted (the simulator needed
    // it for the tail trials). The by-month arrays are trial-major, so they are first split into one column
    // per month in a single sequential pass: reading a month's column directly strides through all of
    // memory, a cache miss per trial and month.
    double[] sortedProfit = perTrial.planProfit.clone();
    double[] sortedSqRevenue = perTrial.statusQuoRevenue.clone();
    double[] sortedSqProfit = perTrial.statusQuoProfit.clone();
    double[] sortedLost = perTrial.accountsLost.clone();
    double[][] planColumns = columns(perTrial.planRevenueByMonth, n, months);
    double[][] sqColumns = columns(perTrial.statusQuoRevenueByMonth, n, months);
    double[] planColumnMean = new double[months];
    double[] sqColumnMean = new double[months];
    for (int t = 0; t < months; t++) {
      planColumnMean[t] = Stats.mean(planColumns[t]); // in trial order, before sorting
      sqColumnMean[t] = Stats.mean(sqColumns[t]);
    }
    List<double[]> unsorted = new ArrayList<>(4 + 2 * months);
    Collections.addAll(unsorted, sortedProfit, sortedSqRevenue, sortedSqProfit, sortedLost);
    Collections.addAll(unsorted, planColumns);
    Collections.addAll(unsorted, sqColumns);
    blocks.run(unsorted.size(), i -> {
      Arrays.sort(unsorted.get(i));
      return null;
    });

    revenue = Distribution.of(perTrial.planRevenue, sortedRevenue);
    profit = Distribution.of(perTrial.planProfit, sortedProfit);
    statusQuoRevenue = Distribution.of(perTrial.statusQuoRevenue, sortedSqRevenue);
    statusQuoProfit = Distribution.of(perTrial.statusQuoProfit, sortedSqProfit);
    revenueAtRisk = RiskMeasures.of(perTrial.planRevenue, sortedRevenue);
    profitAtRisk = RiskMeasures.of(perTrial.planProfit, sortedProfit);
    accountsLostMean = Stats.mean(perTrial.accountsLost);
    accountsLostP95 = Stats.quantile(sortedLost, 0.95);
    survivalRevenue = scenario.survivalThreshold() * portfolio.totalRevenue() * months / 12.0;
    int below = 0;
    for (double r : perTrial.planRevenue) {
      if (r < survivalRevenue) {
        below++;
      }
    }
    probabilityBelowSurvival = (double) below / n;

    double[] incremental = new double[n];
    for (int i = 0; i < n; i++) {
      incremental[i] = perTrial.planProfit[i] - perTrial.statusQuoProfit[i];
    }
    double incMean = Stats.mean(incremental);
    double incErr = Stats.standardError(incremental);

    List<Period> rows = new ArrayList<>(months);
    double cumulative = 0;
    double[] cumulativeByMonth = new double[months];
    for (int t = 0; t < months; t++) {
      double[] column = planColumns[t];
      double planProfitMean = sums.planProfit[t] / n;
      double sqProfitMean = sums.statusQuoProfit[t] / n;
      double monthIncrement = planProfitMean - sqProfitMean;
      cumulative += monthIncrement;
      cumulativeByMonth[t] = cumulative;
      rows.add(new Period(t + 1, planColumnMean[t], Stats.quantile(column, 0.05),
          Stats.quantile(column, 0.25), Stats.quantile(column, 0.50), Stats.quantile(column, 0.75),
          Stats.quantile(column, 0.95), planProfitMean, sums.planActive[t] / n, sqColumnMean[t],
          Stats.quantile(sqColumns[t], 0.50), sqProfitMean, monthIncrement, cumulative,
          withoutShocks == null ? Double.NaN : withoutShocks.monthRevenue[t] / n));
    }
    periods = Collections.unmodifiableList(rows);

    List<String> madeKey = without(scenario.plan().key(), scenario.statusQuo().key());
    List<String> dropped = without(scenario.statusQuo().key(), scenario.plan().key());
    // A phased plan differs from the status quo even when its month-1 set and headcount do not.
    boolean same = madeKey.isEmpty() && dropped.isEmpty() && !scenario.plan().phased()
        && scenario.plan().headcount() == scenario.statusQuo().headcount();
    plan = new PlanFigures(scenario.plan().key(), scenario.plan().headcount(),
        scenario.statusQuo().headcount(), Stats.mean(perTrial.programCost), incMean, incErr,
        incMean - Stats.Z95 * incErr, incMean + Stats.Z95 * incErr,
        same ? OptionalInt.empty() : payback(cumulativeByMonth), same, madeKey, dropped);
    npv = scenario.finance().isEmpty() ? null
        : npv(scenario.finance().get(), perTrial, sums, n, months, same);
    shockEffect = withoutShocks == null ? null
        : ShockEffect.of(perTrial.planRevenue, perTrial.planProfit, withoutShocks);

    boolean[] inPlan = scenario.plan().mask(portfolio);
    List<AccountOutcome> outcomes = new ArrayList<>(portfolio.size());
    for (int i = 0; i < portfolio.size(); i++) {
      double mean = sums.accountRevenue[i] / n;
      outcomes.add(new AccountOutcome(portfolio.get(i).id(), i, portfolio.get(i).key(), inPlan[i],
          (double) sums.accountLost[i] / n, mean, sums.accountProfit[i] / n,
          mean - tailRevenue[i] / tailCount,
          withoutShocks == null ? Double.NaN : withoutShocks.accountRevenue[i] / n - mean));
    }
    accounts = Collections.unmodifiableList(outcomes);
    double[] expectedProfit = new double[portfolio.size()];
    for (int i = 0; i < expectedProfit.length; i++) {
      expectedProfit[i] = outcomes.get(i).expectedProfit();
    }
    concentration = Concentration.of(portfolio, expectedProfit);
  }

  /**
   * The NPV figures from the per-trial NPVs and the monthly profit sums: the cumulative discounted incremental
   * profit discounts each month's mean difference, which is the mean of the discounted differences.
   */
  private static NpvFigures npv(org.kamsim.model.Finance finance, Simulator.TrialArrays perTrial,
      Simulator.BlockSums sums, int n, int months, boolean same) {
    double[] incremental = new double[n];
    for (int i = 0; i < n; i++) {
      incremental[i] = perTrial.planNpv[i] - perTrial.statusQuoNpv[i];
    }
    double mean = Stats.mean(incremental);
    double err = Stats.standardError(incremental);
    double[] sorted = perTrial.planNpv.clone();
    Arrays.sort(sorted);
    double[] d = finance.discountFactors(months);
    double[] cumulative = new double[months];
    List<Double> factors = new ArrayList<>(months);
    List<Double> cumulativeList = new ArrayList<>(months);
    double running = 0;
    for (int t = 0; t < months; t++) {
      running += d[t] * (sums.planProfit[t] / n - sums.statusQuoProfit[t] / n);
      cumulative[t] = running;
      factors.add(d[t]);
      cumulativeList.add(running);
    }
    return new NpvFigures(finance.discountRate(), finance.terminalGrowth(), Distribution.of(perTrial.planNpv,
        sorted), Stats.mean(perTrial.statusQuoNpv), mean, err, mean - Stats.Z95 * err, mean + Stats.Z95 * err,
        same ? OptionalInt.empty() : payback(cumulative), factors, cumulativeList);
  }

  /** The ids of {@code ids} that are not in {@code others}, in order. */
  private static List<String> without(List<String> ids, List<String> others) {
    java.util.Set<String> exclude = new java.util.HashSet<>(others);
    return ids.stream().filter(id -> !exclude.contains(id)).toList();
  }

  /** First month (1-based) from which the cumulative series stays >= 0; empty if it ends below 0. */
  static OptionalInt payback(double[] cumulative) {
    int lastNegative = -1;
    for (int t = 0; t < cumulative.length; t++) {
      if (cumulative[t] < 0) {
        lastNegative = t;
      }
    }
    if (lastNegative == cumulative.length - 1) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(lastNegative + 2);
  }

  public Scenario scenario() {
    return scenario;
  }

  public int trials() {
    return scenario.trials();
  }

  /** Total revenue over the horizon under the plan. */
  public Distribution revenue() {
    return revenue;
  }

  /** Total profit over the horizon under the plan, KAM cost included. */
  public Distribution profit() {
    return profit;
  }

  public Distribution statusQuoRevenue() {
    return statusQuoRevenue;
  }

  public Distribution statusQuoProfit() {
    return statusQuoProfit;
  }

  public RiskMeasures revenueAtRisk() {
    return revenueAtRisk;
  }

  public RiskMeasures profitAtRisk() {
    return profitAtRisk;
  }

  public double accountsLostMean() {
    return accountsLostMean;
  }

  public double accountsLostP95() {
    return accountsLostP95;
  }

  /** {@code survival_threshold x revenue today x T / 12}: the horizon revenue whose breach is reported. */
  public double survivalRevenue() {
    return survivalRevenue;
  }

  public double probabilityBelowSurvival() {
    return probabilityBelowSurvival;
  }

  public Concentration concentration() {
    return concentration;
  }

  public PlanFigures plan() {
    return plan;
  }

  /** What the scenario's shocks cost, on the same draws; empty when it has none. */
  public java.util.Optional<ShockEffect> shockEffect() {
    return java.util.Optional.ofNullable(shockEffect);
  }

  /** The plan's and status quo's net present values; empty when the scenario has no {@code finance}. */
  public java.util.Optional<NpvFigures> npv() {
    return java.util.Optional.ofNullable(npv);
  }

  public List<Period> periods() {
    return periods;
  }

  public List<AccountOutcome> accounts() {
    return accounts;
  }

  /** Horizon revenue of each trial, in trial order (a copy). */
  public double[] revenueByTrial() {
    return revenueByTrial.clone();
  }

  /** Horizon profit of each trial, in trial order (a copy). */
  public double[] profitByTrial() {
    return profitByTrial.clone();
  }

  /**
   * The plan's net present value of each trial, in trial order (a copy); empty when the scenario has no
   * {@code finance}.
   */
  public java.util.Optional<double[]> npvByTrial() {
    return java.util.Optional.ofNullable(npvByTrial).map(double[]::clone);
  }

  /** Horizon profit of the status quo in each trial, on the same draws (a copy). */
  public double[] statusQuoProfitByTrial() {
    return statusQuoProfitByTrial.clone();
  }

  /** Horizon revenue of the status quo in each trial, on the same draws (a copy). */
  public double[] statusQuoRevenueByTrial() {
    return statusQuoRevenueByTrial.clone();
  }

  /** Program cost of the plan in each trial: KAM salaries, overhead and discounts given (a copy). */
  public double[] programCostByTrial() {
    return programCostByTrial.clone();
  }

  /** Accounts lost within the horizon in each trial, as doubles for the statistics (a copy). */
  public double[] accountsLostByTrial() {
    return accountsLostByTrial.clone();
  }

  /** Trial-major {@code byMonth} ({@code trials x months}) as one array per month. */
  private static double[][] columns(double[] byMonth, int trials, int months) {
    double[][] columns = new double[months][trials];
    for (int i = 0; i < trials; i++) {
      int base = i * months;
      for (int t = 0; t < months; t++) {
        columns[t][i] = byMonth[base + t];
      }
    }
    return columns;
  }
}
