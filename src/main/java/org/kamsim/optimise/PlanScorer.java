package org.kamsim.optimise;

import org.kamsim.simulation.CoverageSample;

/**
 * Scores plans on one {@link CoverageSample}: per-trial totals of the key set, minus the KAM salaries of
 * the headcount, through the objective; totals and salaries are both NPVs when the sample's profit is
 * ({@link CoverageSample#costPerKam}). Thread-safe: each thread scores into its own scratch arrays.
 */
final class PlanScorer {
  private final CoverageSample sample;
  private final ObjectiveFunction objective;
  private final double costPerKamOverHorizon;
  private final ThreadLocal<double[][]> scratch;

  PlanScorer(CoverageSample sample, ObjectiveFunction objective, double costPerKamOverHorizon) {
    this.sample = sample;
    this.objective = objective;
    this.costPerKamOverHorizon = costPerKamOverHorizon;
    int n = sample.trials();
    this.scratch = ThreadLocal.withInitial(() -> new double[3][n]);
  }

  CoverageSample sample() {
    return sample;
  }

  ObjectiveFunction objective() {
    return objective;
  }

  /** The objective of the plan on this sample. */
  double value(KeyPlan plan) {
    double[][] s = scratch.get();
    totals(plan, s[0], s[1]);
    return objective.value(s[0], s[1], s[2]);
  }

  /** Mean horizon profit and the mean of its worst 5% (the tail mean) on this sample. */
  double[] meanAndTailMean(KeyPlan plan) {
    double[][] s = scratch.get();
    totals(plan, s[0], s[1]);
    return new double[] {org.kamsim.simulation.Stats.mean(s[1]),
        ObjectiveFunction.lowerTailMean(s[1], 0.95, s[2])};
  }

  /** The objective with its standard error and influence values. */
  ObjectiveFunction.Score score(KeyPlan plan) {
    double[] revenue = new double[sample.trials()];
    double[] profit = new double[sample.trials()];
    totals(plan, revenue, profit);
    return objective.score(revenue, profit);
  }

  /** Per-trial horizon revenue and profit (KAM salaries included) of the plan. */
  void totals(KeyPlan plan, double[] revenue, double[] profit) {
    sample.totals(plan.indexes(), revenue, profit);
    double kam = plan.headcount() * costPerKamOverHorizon;
    for (int t = 0; t < profit.length; t++) {
      profit[t] -= kam;
    }
  }
}
