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

  /**
   * Draws the sample for the scenario's trials and seed (the plan and status quo of the scenario are ignored)
   * on the engine's threads: each block of trials writes its own columns of the sample.
   */
  public static CoverageSample draw(Scenario scenario, Executor executor, ProgressListener progress) {
    Kernel kernel = coverageKernel(scenario);
    CoverageSample sample = empty(scenario, kernel);
    BlockRunner runner = new BlockRunner(executor);
    AtomicLong done = new AtomicLong();
    runner.run(blockCount(sample.trials), b -> {
      int from = b * Simulator.BLOCK_SIZE;
      int to = Math.min(sample.trials, from + Simulator.BLOCK_SIZE);
      drawBlock(kernel, runner.workspace(kernel.horizon), sample.npvWeights, from, to, sample.baseRevenue,
          sample.baseProfit, sample.revenueUplift, sample.profitUplift, from);
      progress.progress(done.addAndGet(to - from), sample.trials);
      return null; // each block wrote its own trials' columns; nothing to fold
    });
    return sample;
  }

  /**
   * As {@link #draw(Scenario, Executor, ProgressListener)}, with the blocks of trials computed by
   * {@code blocks} (a Spark cluster, say): each block's columns come back and are copied into the sample in
   * block order. A block is the same code on the same trials, so the sample is the same, bit for bit. A
   * block's columns are {@code 16 x accounts x} {@link Simulator#BLOCK_SIZE} bytes: the local draw writes
   * in place instead, so as not to hold several of them per thread.
   */
  public static CoverageSample draw(Scenario scenario, BlockExecutor blocks, ProgressListener progress) {
    CoverageSample sample = empty(scenario, coverageKernel(scenario));
    long[] done = new long[1];
    blocks.run(scenario, new CoverageBlocks(sample.trials, sample.npvWeights), blockCount(sample.trials), c -> {
      int from = c.from;
      int count = c.baseRevenue.length;
      System.arraycopy(c.baseRevenue, 0, sample.baseRevenue, from, count);
      System.arraycopy(c.baseProfit, 0, sample.baseProfit, from, count);
      for (int i = 0; i < sample.accounts; i++) {
        System.arraycopy(c.revenueUplift[i], 0, sample.revenueUplift[i], from, count);
        System.arraycopy(c.profitUplift[i], 0, sample.profitUplift[i], from, count);
      }
      done[0] += count;
      progress.progress(done[0], sample.trials);
    });
    return sample;
  }

  /** The kernel the sample draws with: every account key, so each trial prices both coverages. */
  static Kernel coverageKernel(Scenario scenario) {
    int n = scenario.portfolio().size();
    boolean[] all = new boolean[n];
    java.util.Arrays.fill(all, true);
    return new Kernel(scenario, all, 0, new boolean[n], 0);
  }

  private static CoverageSample empty(Scenario scenario, Kernel kernel) {
    double[] npvWeights = scenario.finance().map(f -> f.npvWeights(kernel.horizon)).orElse(null);
    return new CoverageSample(scenario.trials(), scenario.portfolio().size(), kernel.horizon, npvWeights);
  }

  private static int blockCount(int trials) {
    return (trials + Simulator.BLOCK_SIZE - 1) / Simulator.BLOCK_SIZE;
  }

  /**
   * Trials {@code from..to-1} of the sample, written from column {@code at} of the given arrays (the
   * sample's own, at {@code from}; or a block's, at 0): the one computation of a block, wherever it runs.
   */
  private static void drawBlock(Kernel kernel, Workspace w, double[] npvWeights, int from, int to,
      double[] baseRevenue, double[] baseProfit, double[][] revenueUplift, double[][] profitUplift, int at) {
    int n = revenueUplift.length;
    double[] keyRevenue = new double[n];
    double[] keyProfit = new double[n];
    double[] otherRevenue = new double[n];
    double[] otherProfit = new double[n];
    for (int trial = from; trial < to; trial++) {
      kernel.runTrialPerAccount(trial, w, npvWeights, keyRevenue, keyProfit, otherRevenue, otherProfit);
      int column = trial - from + at;
      double revenue = 0;
      double profit = 0;
      for (int i = 0; i < n; i++) {
        revenue += otherRevenue[i];
        profit += otherProfit[i];
        revenueUplift[i][column] = keyRevenue[i] - otherRevenue[i];
        profitUplift[i][column] = keyProfit[i] - otherProfit[i];
      }
      baseRevenue[column] = revenue;
      baseProfit[column] = profit;
    }
  }

  /** The sample's blocks as a {@link BlockJob}: what a remote executor computes, from the block index only. */
  private record CoverageBlocks(int trials, double[] npvWeights) implements BlockJob<Columns> {
    @Override
    public Columns compute(BlockWorker worker, int block) {
      int from = block * Simulator.BLOCK_SIZE;
      int to = Math.min(trials, from + Simulator.BLOCK_SIZE);
      Kernel kernel = worker.coverageKernel();
      Columns c = new Columns(from, to - from, kernel.accounts);
      drawBlock(kernel, worker.workspaces(kernel.horizon, 1)[0], npvWeights, from, to, c.baseRevenue,
          c.baseProfit, c.revenueUplift, c.profitUplift, 0);
      return c;
    }
  }

  /** One block's columns of the sample: its trials' totals and uplifts, from trial {@code from}. */
  private static final class Columns implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final int from;
    final double[] baseRevenue;
    final double[] baseProfit;
    final double[][] revenueUplift;
    final double[][] profitUplift;

    Columns(int from, int count, int accounts) {
      this.from = from;
      baseRevenue = new double[count];
      baseProfit = new double[count];
      revenueUplift = new double[accounts][count];
      profitUplift = new double[accounts][count];
    }
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
