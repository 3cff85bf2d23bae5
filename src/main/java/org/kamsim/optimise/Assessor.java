package org.kamsim.optimise;

import org.kamsim.model.Portfolio;
import org.kamsim.simulation.Stats;

/** Scores plans on the fresh validation sample and turns them into {@link Assessment}s. */
final class Assessor {
  private final PlanScorer fresh;
  private final Portfolio portfolio;
  private final double survivalRevenue;

  Assessor(PlanScorer fresh, Portfolio portfolio, double survivalRevenue) {
    this.fresh = fresh;
    this.portfolio = portfolio;
    this.survivalRevenue = survivalRevenue;
  }

  /** An assessment and the objective score it came from (for paired differences). */
  record Assessed(Assessment assessment, ObjectiveFunction.Score score) {}

  Assessed assess(String name, KeyPlan plan) {
    int n = fresh.sample().trials();
    double[] revenue = new double[n];
    double[] profit = new double[n];
    fresh.totals(plan, revenue, profit);
    ObjectiveFunction.Score score = fresh.objective().score(revenue, profit);
    double meanProfit = Stats.mean(profit);
    double es95 = meanProfit - Stats.lowerTailMean(Stats.sorted(profit), 0.95);
    int below = 0;
    for (double r : revenue) {
      if (r < survivalRevenue) {
        below++;
      }
    }
    Assessment a = new Assessment(name, plan.toPlan(portfolio), score.value(), score.stderr(),
        meanProfit, Stats.standardError(profit), es95, Stats.mean(revenue), (double) below / n);
    return new Assessed(a, score);
  }

  double meanProfitUplift(int account) {
    return fresh.sample().meanProfitUplift(account);
  }
}
