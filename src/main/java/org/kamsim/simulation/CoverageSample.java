package org.kamsim.simulation;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.kamsim.model.Scenario;

/**
 * Every account's horizon revenue and profit under "key" and under "not key", trial by trial, on common
 * random numbers: the optimiser's sample.
 *
 * <p>Given a trial's draws an account's outcome depends only on its own coverage (MODEL.md: accounts are
 * independent given the factor, and costs are per account), so a plan's per-trial totals are the
 * all-standard totals plus the key-minus-standard uplifts of its key accounts. One kernel pass over the
 * trials therefore prices every plan: scoring one costs {@code |key set| x trials} additions instead of a
 * simulation. Totals exclude the KAM salaries, which depend only on the headcount.
 *
 * <p>When the scenario has a {@code finance} section, "profit" here is the net present value (MODEL.md,
 * "Finance": the optimiser's objectives use NPV): each account's {@code sum_t w_t profit_t} with the NPV
 * weights of {@link org.kamsim.model.Finance#npvWeights}, terminal value included. It is computed once per
 * sample, while drawing, so scoring a plan costs the same with finance as without. Revenue stays the
 * undiscounted horizon total (the survival threshold is a share of undiscounted revenue).
 *
 * <p>Layout: uplifts are account-major ({@code [account][trial]}), so scoring a plan streams through a few
 * contiguous rows. Memory is {@code 16 x accounts x trials} bytes.
 */
public final class CoverageSample {
  private final int trials;
  private final int accounts;
  private final double[] baseRevenue;
  private final double[] baseProfit;
  private final double[][] revenueUplift;
  private final double[][] profitUplift;

  /** The NPV weight of each month when profit is NPV; null when it is horizon profit. */
  private final double[] npvWeights;
  private final int horizon;

  private CoverageSample(int trials, int accounts, int horizon, double[] npvWeights) {
    this.trials = trials;
    this.horizon = horizon;
    this.accounts = accounts;
    this.npvWeights = npvWeights;
    baseRevenue = new double[trials];
    baseProfit = new double[trials];
    revenueUplift = new double[accounts][trials];
    profitUplift = new double[accounts][trials];
  }

  /** Bytes a sample of this size needs, to check before drawing one. */
  public static long bytesNeeded(int accounts, int trials) {
    return 16L * accounts * trials + 16L * trials;
  }

  /** Draws the sample for the scenario's trials and seed (the plan and status quo of the scenario are ignored). */
  public static CoverageSample draw(Scenario scenario, Executor executor, ProgressListener progress) {
    int n = scenario.portfolio().size();
    boolean[] all = new boolean[n];
    java.util.Arrays.fill(all, true);
    Kernel kernel = new Kernel(scenario, all, 0, new boolean[n], 0);
    int trials = scenario.trials();
    double[] npvWeights = scenario.finance().map(f -> f.npvWeights(kernel.horizon)).orElse(null);
    CoverageSample sample = new CoverageSample(trials, n, kernel.horizon, npvWeights);
    BlockRunner runner = new BlockRunner(executor);
    int blockCount = (trials + Simulator.BLOCK_SIZE - 1) / Simulator.BLOCK_SIZE;
    AtomicLong done = new AtomicLong();
    runner.run(blockCount, b -> {
      Workspace w = runner.workspace(kernel.horizon);
      double[] keyRevenue = new double[n];
      double[] keyProfit = new double[n];
      double[] otherRevenue = new double[n];
      double[] otherProfit = new double[n];
      int end = Math.min(trials, (b + 1) * Simulator.BLOCK_SIZE);
      for (int trial = b * Simulator.BLOCK_SIZE; trial < end; trial++) {
        kernel.runTrialPerAccount(trial, w, npvWeights, keyRevenue, keyProfit, otherRevenue, otherProfit);
        double revenue = 0;
        double profit = 0;
        for (int i = 0; i < n; i++) {
          revenue += otherRevenue[i];
          profit += otherProfit[i];
          sample.revenueUplift[i][trial] = keyRevenue[i] - otherRevenue[i];
          sample.profitUplift[i][trial] = keyProfit[i] - otherProfit[i];
        }
        sample.baseRevenue[trial] = revenue;
        sample.baseProfit[trial] = profit;
      }
      progress.progress(done.addAndGet(end - b * Simulator.BLOCK_SIZE), trials);
      return null; // each block writes its own trials' columns; nothing to fold
    });
    return sample;
  }

  public int trials() {
    return trials;
  }

  public int accounts() {
    return accounts;
  }

  /** Whether profit in this sample is the NPV (the scenario has {@code finance}) rather than horizon profit. */
  public boolean npv() {
    return npvWeights != null;
  }

  /**
   * What one KAM costs in this sample's profit measure: {@code cost_per_kam x T / 12} over the horizon, or,
   * when profit is NPV, the monthly cost times the sum of the NPV weights (the discount factors plus the
   * terminal multiplier, since month T's profit, whose run-rate the terminal value continues, includes it).
   */
  public double costPerKam(double annualCostPerKam) {
    if (npvWeights == null) {
      return annualCostPerKam * horizon / 12.0;
    }
    double weight = 0;
    for (double w : npvWeights) {
      weight += w;
    }
    return annualCostPerKam / 12 * weight;
  }

  /**
   * Per-trial horizon revenue and profit or NPV (KAM salaries excluded) of the plan whose key accounts are
   * {@code key} (indexes, any order; each at most once), written into the two arrays.
   */
  public void totals(int[] key, double[] revenueOut, double[] profitOut) {
    System.arraycopy(baseRevenue, 0, revenueOut, 0, trials);
    System.arraycopy(baseProfit, 0, profitOut, 0, trials);
    for (int i : key) {
      final double[] r = revenueUplift[i];
      final double[] p = profitUplift[i];
      for (int t = 0; t < trials; t++) {
        revenueOut[t] += r[t];
        profitOut[t] += p[t];
      }
    }
  }

  /** Mean over trials of the account's profit (or NPV) uplift from being key (KAM salaries excluded). */
  public double meanProfitUplift(int account) {
    return Stats.mean(profitUplift[account]);
  }

  /** Mean over trials of the account's revenue uplift from being key. */
  public double meanRevenueUplift(int account) {
    return Stats.mean(revenueUplift[account]);
  }
}
