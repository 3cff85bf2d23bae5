package org.kamsim.simulation;

/**
 * One trial's scratch memory for the kernel: a worker keeps one per trial of a pass and reuses them for
 * every pass, so the trial loop allocates nothing. After {@link Kernel#runTrials} it holds its trial's
 * monthly totals.
 */
final class Workspace {
  /** The trial this workspace runs, set by the caller of {@link Kernel#runTrials}. */
  long trial;
  /** Its stream key and its factor's first value, set by the kernel. */
  long trialKey;
  double z;
  final StreamRng factorRng = new StreamRng();
  final StreamRng accountRng = new StreamRng();
  final StreamRng attritionRng = new StreamRng();

  /** The factor path {@code Y_1..Y_T}. */
  final double[] factor;
  /** Cumulative hazard and drift of an account whose KAM left, rebuilt per trial. */
  final double[] hazard;
  final double[] drift;
  /** Scratch for the month loop: each month's log-growth, then its exp. */
  final double[] growth;
  /** KAM departure months of the account being evaluated, ascending. */
  final int[] departures;
  int departureCount;
  /** Horizon revenue and profit of the account just evaluated. */
  double accountRevenueTotal;
  double accountProfitTotal;
  /** Discount and overhead of the account just evaluated, when its path is phased. */
  double accountProgramCost;
  /** How many accounts earned exactly m months under the plan, index m (active counts without per-month adds). */
  final int[] earnedHistogram;

  final double[] planRevenue;
  final double[] planProfit;
  final double[] planActive;
  final double[] statusQuoRevenue;
  final double[] statusQuoProfit;
  /** Months of the accounts covered alike by the plan and the status quo, added to both at the end. */
  final double[] commonRevenue;
  final double[] commonProfit;
  double planProgramCost;
  int accountsLost;

  Workspace(int horizon) {
    factor = new double[horizon];
    hazard = new double[horizon];
    drift = new double[horizon];
    growth = new double[horizon];
    departures = new int[horizon + 1];
    earnedHistogram = new int[horizon + 1];
    planRevenue = new double[horizon];
    planProfit = new double[horizon];
    planActive = new double[horizon];
    statusQuoRevenue = new double[horizon];
    statusQuoProfit = new double[horizon];
    commonRevenue = new double[horizon];
    commonProfit = new double[horizon];
  }

  void clearTrial() {
    java.util.Arrays.fill(planRevenue, 0);
    java.util.Arrays.fill(planProfit, 0);
    java.util.Arrays.fill(planActive, 0);
    java.util.Arrays.fill(statusQuoRevenue, 0);
    java.util.Arrays.fill(statusQuoProfit, 0);
    java.util.Arrays.fill(earnedHistogram, 0);
    java.util.Arrays.fill(commonRevenue, 0);
    java.util.Arrays.fill(commonProfit, 0);
    planProgramCost = 0;
    accountsLost = 0;
  }
}
