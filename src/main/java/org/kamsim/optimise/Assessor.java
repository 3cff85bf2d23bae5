package org.kamsim.optimise;

import org.kamsim.model.Objective;
import org.kamsim.model.Portfolio;
import org.kamsim.simulation.Stats;

/** Scores plans on the fresh validation sample and turns them into {@link Assessment}s. */
final class Assessor {
  /** Mean profit as an objective: its score gives paired differences of mean profit. */
  private static final ObjectiveFunction MEAN_PROFIT = new ObjectiveFunction(Objective.MEAN, 0, 0.95, 0);

  private final PlanScorer fresh;
  private final Portfolio portfolio;
  private final double survivalRevenue;
  private final double capacityPerKam;

  Assessor(PlanScorer fresh, Portfolio portfolio, double survivalRevenue, double capacityPerKam) {
    this.fresh = fresh;
    this.portfolio = portfolio;
    this.survivalRevenue = survivalRevenue;
    this.capacityPerKam = capacityPerKam;
  }

  /**
   * An assessment and the scores it came from, for paired differences: in the objective and in mean
   * profit.
   */
  record Assessed(Assessment assessment, ObjectiveFunction.Score score, ObjectiveFunction.Score profit) {}

  Assessed assess(String name, KeyPlan plan) {
    int n = fresh.sample().trials();
    double[] revenue = new double[n];
    double[] profit = new double[n];
    fresh.totals(plan, revenue, profit);
    ObjectiveFunction.Score score = fresh.objective().score(revenue, profit);
    double meanProfit = Stats.mean(profit);
    double tailMean = Stats.lowerTailMean(Stats.sorted(profit), 0.95);
    int below = 0;
    for (double r : revenue) {
      if (r < survivalRevenue) {
        below++;
      }
    }
    Assessment a = new Assessment(name, plan.toPlan(portfolio), score.value(), score.stderr(),
        meanProfit, Stats.standardError(profit), meanProfit - tailMean, tailMean, Stats.mean(revenue),
        (double) below / n, plan.load(portfolio), plan.headcount() * capacityPerKam);
    return new Assessed(a, score, MEAN_PROFIT.score(revenue, profit));
  }

  double meanProfitUplift(int account) {
    return fresh.sample().meanProfitUplift(account);
  }
}
