package org.kamsim.simulation;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntUnaryOperator;
import org.kamsim.model.Scenario;

/**
 * Runs a scenario's trials in fixed-size blocks on any number of threads, or on any {@link BlockExecutor}
 * (a cluster), and collects a {@link SimulationResult}.
 *
 * <p>A block's results are a pure function of (scenario, seed, block index): trials draw from streams keyed
 * by their own index, per-trial figures are copied to the trial's index, and block sums are folded in
 * block order. The thread count, or the executor, changes only the wall time.
 *
 * <p>Memory grows with trials x months (the monthly revenue paths kept for the monthly quantiles) and
 * with blocks in flight x accounts (their per-account sums), never with trials x accounts.
 */
public final class Simulator {
  /**
   * Trials per block: fixed by the engine, never derived from the thread count. Small enough that the
   * threads finish together (the last block, a few tenths of a second at 1,000 accounts, is where one
   * thread waits for the other); block sums are folded as they finish, so more blocks cost no memory.
   */
  public static final int BLOCK_SIZE = 250;
  /**
   * Tail trials per block of the contribution pass: small, because the tail is 5% of the trials and
   * should still keep every thread busy.
   */
  static final int TAIL_BLOCK_SIZE = 50;
  /** Confidence level whose revenue shortfall is attributed to accounts in {@code accounts.csv}. */
  public static final double CONTRIBUTION_ALPHA = 0.95;

  private final BlockRunner blocks;
  /** Computes the blocks of {@link #run}'s passes: {@link #blocks} itself, or a remote executor. */
  private final BlockExecutor passes;
  private final ProgressListener progress;

  /**
   * @param executor runs the blocks of trials (see {@link Workers}); results do not depend on it
   * @param progress told how many trials are done
   */
  public Simulator(Executor executor, ProgressListener progress) {
    this.blocks = new BlockRunner(executor);
    this.passes = blocks;
    this.progress = progress;
  }

  /**
   * A simulator whose {@link #run} computes its blocks of trials with {@code passes} (a cluster, say) and the
   * rest (the sorts of the result's quantiles, {@link #trialsForPrecision}) on {@code executor}; results are
   * the same bits as with the local engine's threads.
   */
  public Simulator(Executor executor, BlockExecutor passes, ProgressListener progress) {
    this.blocks = new BlockRunner(executor);
    this.passes = passes;
    this.progress = progress;
  }

  /** Blocks of {@link #BLOCK_SIZE} trials in a run of {@code scenario} (the last one may be short). */
  public static int blockCount(Scenario scenario) {
    return (scenario.trials() + BLOCK_SIZE - 1) / BLOCK_SIZE;
  }

  /**
   * Runs every trial of {@code scenario}; a scenario with shocks is also run without them on the same draws,
   * which prices the shocks ({@link SimulationResult#shockEffect}).
   */
  public SimulationResult run(Scenario scenario) {
    return run(scenario, true);
  }

  /**
   * As {@link #run(Scenario)}; with {@code priceShocks} false the second pass without the shocks is left
   * out (half the work), and the result has no {@link SimulationResult#shockEffect}: for analyses that
   * compare the run with a base of their own.
   *
   * <p>Three passes of blocks, each a {@link BlockJob} run by {@link #passes} and folded here in block order:
   * every trial (its per-trial figures and the block's sums), then the lower revenue tail's trials (their
   * per-account revenue), then, with shocks, every trial without them. Between passes this thread holds the
   * per-trial arrays (about {@code 8 (10 + 2 months)} bytes a trial) and the tail's trial indexes.
   */
  public SimulationResult run(Scenario scenario, boolean priceShocks) {
    boolean secondPass = priceShocks && !scenario.shocks().isEmpty();
    int trials = scenario.trials();
    int months = scenario.horizonMonths();
    int accounts = scenario.portfolio().size();
    TrialArrays perTrial = new TrialArrays(trials, months, npvWeights(scenario));
    AtomicLong done = new AtomicLong();
    long work = workOf(scenario, priceShocks);

    BlockSums total = new BlockSums(months, accounts);
    passes.run(scenario, new MainPass(), blockCount(scenario), block -> {
      perTrial.copy(block.first, block.trials);
      total.add(block.sums);
      progress.progress(done.addAndGet(block.trials.planRevenue.length), work);
    });

    // Expected-shortfall contributions: re-run the trials in the lower revenue tail (exact, because a
    // trial is a pure function of its index) and average each account's revenue over them. It is 5% of
    // the work, so progress (counted in trials) does not show it.
    double[] sortedRevenue = Stats.sorted(perTrial.planRevenue); // shared with the result's quantiles
    int[] tail = tailTrials(perTrial.planRevenue, sortedRevenue, CONTRIBUTION_ALPHA);
    int tailBlocks = (tail.length + TAIL_BLOCK_SIZE - 1) / TAIL_BLOCK_SIZE;
    double[] tailRevenue = new double[accounts];
    passes.run(scenario, new TailPass(tail), tailBlocks, sums -> {
      for (int i = 0; i < accounts; i++) {
        tailRevenue[i] += sums[i];
      }
    });
    Counterfactual withoutShocks = null;
    if (secondPass) {
      Counterfactual result = new Counterfactual(trials, months, accounts);
      long twice = 2L * trials;
      passes.run(scenario, new WithoutShocksPass(), blockCount(scenario), block -> {
        result.add(block);
        progress.progress(done.addAndGet(block.revenue.length), twice);
      });
      withoutShocks = result;
    }
    return new SimulationResult(scenario, perTrial, sortedRevenue, total, tailRevenue, tail.length,
        withoutShocks, blocks);
  }

  /** Each month's weight in a trial's NPV; null when the scenario has no {@code finance}. */
  private static double[] npvWeights(Scenario scenario) {
    return scenario.finance().map(f -> f.npvWeights(scenario.horizonMonths())).orElse(null);
  }

  /** The first pass's result for one block: its trials' figures, and its sums. */
  static final class MainBlock implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** The block's first trial. */
    final int first;
    final TrialArrays trials;
    final BlockSums sums;

    MainBlock(int first, TrialArrays trials, BlockSums sums) {
      this.first = first;
      this.trials = trials;
      this.sums = sums;
    }
  }

  /** The first pass: every trial, block {@code b} being trials {@code [b BLOCK_SIZE, (b + 1) BLOCK_SIZE)}. */
  record MainPass() implements BlockJob<MainBlock> {
    @Override
    public MainBlock compute(BlockWorker worker, int b) {
      Scenario scenario = worker.scenario();
      Kernel kernel = worker.kernel();
      int months = kernel.horizon;
      int from = b * BLOCK_SIZE;
      int end = Math.min(scenario.trials(), from + BLOCK_SIZE);
      TrialArrays trials = new TrialArrays(end - from, months, npvWeights(scenario));
      BlockSums sums = new BlockSums(months, kernel.accounts);
      inPasses(worker.workspaces(months, Kernel.TRIALS_PER_PASS), from, end, i -> i,
          (pass, first, count) -> {
            kernel.runTrials(pass, count, sums.accountRevenue, sums.accountProfit, sums.accountLost);
            for (int k = 0; k < count; k++) {
              trials.store(first - from + k, pass[k]);
              sums.addMonths(pass[k]);
            }
          });
      return new MainBlock(from, trials, sums);
    }
  }

  /**
   * The tail pass: the trials {@code tail} names, {@link #TAIL_BLOCK_SIZE} a block; a block's result is each
   * account's revenue summed over its trials.
   */
  record TailPass(int[] tail) implements BlockJob<double[]> {
    @Override
    public double[] compute(BlockWorker worker, int b) {
      Kernel kernel = worker.kernel();
      double[] sums = new double[kernel.accounts];
      Unused unused = new Unused(kernel.accounts);
      int end = Math.min(tail.length, (b + 1) * TAIL_BLOCK_SIZE);
      inPasses(worker.workspaces(kernel.horizon, Kernel.TRIALS_PER_PASS), b * TAIL_BLOCK_SIZE, end,
          i -> tail[i], (pass, first, count) -> kernel.runTrials(pass, count, sums, unused.profit, unused.lost));
      return sums;
    }
  }

  /**
   * The scenario without its shocks on the very same draws (MODEL.md, "Analyses on common random numbers":
   * a trial is a pure function of the seed and its index, so trial {@code i} here is trial {@code i} of the
   * main pass, only without its events): per trial, month and account, the plan's revenue and profit.
   */
  record WithoutShocksPass() implements BlockJob<Counterfactual.Block> {
    @Override
    public Counterfactual.Block compute(BlockWorker worker, int b) {
      Kernel kernel = worker.withoutShocks();
      int months = kernel.horizon;
      int from = b * BLOCK_SIZE;
      int end = Math.min(worker.scenario().trials(), from + BLOCK_SIZE);
      Counterfactual.Block block = new Counterfactual.Block(from, end - from, months, kernel.accounts);
      Unused unused = new Unused(kernel.accounts);
      inPasses(worker.workspaces(months, Kernel.TRIALS_PER_PASS), from, end, i -> i,
          (pass, first, count) -> {
            kernel.runTrials(pass, count, block.sums.accountRevenue, unused.profit, unused.lost);
            for (int k = 0; k < count; k++) {
              block.store(first - from + k, pass[k]);
            }
          });
      return block;
    }
  }

  /**
   * The progress total of a run: its trials, twice over when a second pass prices the shocks (progress is
   * counted in trials run).
   */
  public static long workOf(Scenario scenario, boolean priceShocks) {
    return priceShocks && !scenario.shocks().isEmpty() ? 2L * scenario.trials() : scenario.trials();
  }

  /**
   * The first stage of a run to a precision (MODEL.md, "--precision"): how many trials bring the standard
   * errors of mean horizon revenue and of mean horizon profit to at most {@code targetPercent} percent of
   * their means' absolute values. Runs blocks of {@link #BLOCK_SIZE} trials, computing only each trial's
   * horizon totals, in rounds of a few blocks on the executor; then reads the trials in trial order and stops
   * at the first block end, from {@link Precision#MIN_TRIALS} on, at which both targets hold. A trial is a
   * pure function of (seed, index) and the stopping point is found in trial order on the calling thread, so
   * the count depends on the scenario and seed only, never on the threads; {@code run(scenario.withTrials(
   * n))} then gives exactly the results of those {@code n} trials. Rounds past the stopping block are wasted
   * work (at most one round), the price of running blocks in parallel.
   *
   * @param maxTrials most trials; also capped by {@link Scenario#MAX_TRIALS} and by
   *     {@link Scenario#MAX_TRIAL_MONTHS} over the horizon
   * @throws IllegalArgumentException if {@code targetPercent} is not a finite number > 0, or
   *     {@code maxTrials < 1}
   */
  public Precision trialsForPrecision(Scenario scenario, double targetPercent, int maxTrials) {
    Precision.checkTarget(targetPercent);
    if (maxTrials < 1) {
      throw new IllegalArgumentException("maxTrials: must be >= 1, was " + maxTrials);
    }
    int most = mostTrials(scenario, maxTrials);
    Kernel kernel = new Kernel(scenario);
    int months = kernel.horizon;
    int accounts = kernel.accounts;
    int blockCount = (most + BLOCK_SIZE - 1) / BLOCK_SIZE;
    AtomicLong done = new AtomicLong();
    PrecisionStage stage = new PrecisionStage(targetPercent);
    for (int first = 0; first < blockCount && !stage.stopped; first += BlockRunner.WINDOW) {
      int base = first;
      blocks.run(Math.min(BlockRunner.WINDOW, blockCount - first), b -> {
        int from = (base + b) * BLOCK_SIZE;
        int end = Math.min(most, from + BLOCK_SIZE);
        double[][] totals = new double[2][end - from];
        Unused unused = new Unused(accounts);
        double[] unusedRevenue = new double[accounts];
        inPasses(blocks.workspaces(months, Kernel.TRIALS_PER_PASS), from, end, i -> i,
            (pass, firstTrial, count) -> {
              kernel.runTrials(pass, count, unusedRevenue, unused.profit, unused.lost);
              for (int k = 0; k < count; k++) {
                totals[0][firstTrial - from + k] = sum(pass[k].planRevenue);
                totals[1][firstTrial - from + k] = sum(pass[k].planProfit);
              }
            });
        progress.progress(done.addAndGet(end - from), most);
        return totals;
      }, stage::add);
    }
    return stage.result();
  }

  /** Most trials a run to a precision may take: the caller's limit within what the engine holds. */
  static int mostTrials(Scenario scenario, int maxTrials) {
    long byMemory = Scenario.MAX_TRIAL_MONTHS / scenario.horizonMonths();
    return (int) Math.min(Math.min(maxTrials, Scenario.MAX_TRIALS), byMemory);
  }

  /** A trial's horizon total, summed over months in order as {@link TrialArrays#store} sums it. */
  private static double sum(double[] monthly) {
    double total = 0;
    for (double v : monthly) {
      total += v;
    }
    return total;
  }

  /**
   * The stopping rule of {@link #trialsForPrecision}, fed blocks in block order on one thread. Welford's
   * running mean and sum of squared deviations, trial by trial: one pass and no cancellation, where the
   * textbook {@code sum(x^2) - n mean^2} loses every digit once the spread is 1e-8 of the mean (horizon
   * totals are large and their spread often a few percent of them). Its cost, a division per trial, is
   * nothing beside the trial.
   */
  private static final class PrecisionStage {
    private final double target;
    private final Welford revenue = new Welford();
    private final Welford profit = new Welford();
    boolean stopped;

    PrecisionStage(double target) {
      this.target = target;
    }

    void add(double[][] block) {
      if (stopped) {
        return; // a block of the round past the stopping point: wasted, and must not count
      }
      for (int k = 0; k < block[0].length; k++) {
        revenue.add(block[0][k]);
        profit.add(block[1][k]);
      }
      stopped = revenue.n >= Precision.MIN_TRIALS && revenue.percent() <= target && profit.percent() <= target;
    }

    /** Where the stage stopped: at the first qualifying block end, or after every allowed trial. */
    Precision result() {
      return new Precision(revenue.n, target, revenue.percent(), profit.percent(), stopped);
    }
  }

  /** Welford's running mean and sum of squared deviations from it. */
  private static final class Welford {
    int n;
    double mean;
    double squares;

    void add(double x) {
      n++;
      double d = x - mean;
      mean += d / n;
      squares += d * (x - mean);
    }

    /** The standard error of the mean in percent of the mean, as {@link Stats#standardError} defines it. */
    double percent() {
      return Precision.relativePercent(n < 2 ? 0 : Math.sqrt(squares / (n - 1) / n), mean);
    }
  }

  /** What to do with one pass of trials, once the kernel's workspaces name them. */
  private interface Pass {
    /** {@code pass[0..count)} hold the trials of items {@code first..first + count) of the block. */
    void run(Workspace[] pass, int first, int count);
  }

  /**
   * Runs items {@code from..to)} of a block in passes of {@link Kernel#TRIALS_PER_PASS}: item {@code i} is
   * trial {@code trialOf(i)}.
   */
  private static void inPasses(Workspace[] pass, int from, int to, IntUnaryOperator trialOf, Pass body) {
    for (int first = from; first < to; first += Kernel.TRIALS_PER_PASS) {
      int count = Math.min(Kernel.TRIALS_PER_PASS, to - first);
      for (int k = 0; k < count; k++) {
        pass[k].trial = trialOf.applyAsInt(first + k);
      }
      body.run(pass, first, count);
    }
  }

  /**
   * Per-account profit and losses for passes that need only revenue: arrays rather than null keep
   * runTrials on the path the JIT compiled in the main pass (a null there would deoptimise it mid-run).
   */
  private record Unused(double[] profit, long[] lost) {
    Unused(int accounts) {
      this(new double[accounts], new long[accounts]);
    }
  }

  /** The plan's figures on the same draws without the scenario's shocks. */
  static final class Counterfactual {
    final double[] revenue;
    final double[] profit;
    /** Sums over trials of each month's revenue and each account's horizon revenue. */
    final double[] monthRevenue;
    final double[] accountRevenue;

    Counterfactual(int trials, int months, int accounts) {
      revenue = new double[trials];
      profit = new double[trials];
      monthRevenue = new double[months];
      accountRevenue = new double[accounts];
    }

    /** Copies a block's per-trial figures to their trials' places and adds its sums: in block order. */
    void add(Block block) {
      System.arraycopy(block.revenue, 0, revenue, block.first, block.revenue.length);
      System.arraycopy(block.profit, 0, profit, block.first, block.profit.length);
      Sums sums = block.sums;
      for (int t = 0; t < monthRevenue.length; t++) {
        monthRevenue[t] += sums.monthRevenue[t];
      }
      for (int i = 0; i < accountRevenue.length; i++) {
        accountRevenue[i] += sums.accountRevenue[i];
      }
    }

    /** One block's figures: its trials' horizon revenue and profit, and its sums. */
    static final class Block implements java.io.Serializable {
      private static final long serialVersionUID = 1L;
      final int first;
      final double[] revenue;
      final double[] profit;
      final Sums sums;

      Block(int first, int trials, int months, int accounts) {
        this.first = first;
        revenue = new double[trials];
        profit = new double[trials];
        sums = new Sums(months, accounts);
      }

      /** Stores the {@code k}-th trial of the block. */
      void store(int k, Workspace w) {
        double r = 0;
        double p = 0;
        for (int t = 0; t < sums.monthRevenue.length; t++) {
          r += w.planRevenue[t];
          p += w.planProfit[t];
          sums.monthRevenue[t] += w.planRevenue[t];
        }
        revenue[k] = r;
        profit[k] = p;
      }
    }

    /** One block's sums, folded in block order. */
    static final class Sums implements java.io.Serializable {
      private static final long serialVersionUID = 1L;
      final double[] monthRevenue;
      final double[] accountRevenue;

      Sums(int months, int accounts) {
        monthRevenue = new double[months];
        accountRevenue = new double[accounts];
      }
    }
  }

  /**
   * Indexes of the {@code ceil(n (1 - alpha))} lowest values (ties by index), in ascending index order.
   * Values are ordered as {@link Double#compare} orders them. Found by sorting a copy of the values for the
   * cut-off rather than sorting boxed indexes by value: the same set, a tenth of the time.
   *
   * @param sorted a sorted copy of {@code values}
   */
  static int[] tailTrials(double[] values, double[] sorted, double alpha) {
    int k = Stats.tailCount(values.length, alpha);
    if (k == 0) {
      return new int[0];
    }
    double cut = sorted[k - 1];
    int below = 0;
    for (double v : values) {
      if (Double.compare(v, cut) < 0) {
        below++;
      }
    }
    int ties = k - below; // values equal to the cut-off that are in: the lowest indexes
    int[] tail = new int[k];
    int n = 0;
    for (int i = 0; n < k; i++) {
      int c = Double.compare(values[i], cut);
      if (c < 0 || (c == 0 && ties-- > 0)) {
        tail[n++] = i;
      }
    }
    return tail;
  }

  /**
   * Figures kept per trial, at the trial's index: of a whole run, or of one block's trials (written by
   * whichever thread or task ran the block, then copied to their places in the run's arrays).
   */
  static final class TrialArrays implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final int months;
    final double[] planRevenue;
    final double[] planProfit;
    final double[] statusQuoRevenue;
    final double[] statusQuoProfit;
    final double[] programCost;
    final double[] accountsLost;
    /** Plan and status quo revenue by trial and month, trial-major. */
    final double[] planRevenueByMonth;
    final double[] statusQuoRevenueByMonth;
    /**
     * Each month's weight in a trial's NPV ({@link org.kamsim.model.Finance#npvWeights}), and the plan's and
     * status quo's NPV per trial: all null when the scenario has no {@code finance}, which costs nothing then.
     */
    final double[] npvWeights;
    final double[] planNpv;
    final double[] statusQuoNpv;

    /** @param npvWeights the NPV weight of each month; null when the scenario has no {@code finance} */
    TrialArrays(int trials, int months, double[] npvWeights) {
      this.months = months;
      this.npvWeights = npvWeights;
      planNpv = npvWeights == null ? null : new double[trials];
      statusQuoNpv = npvWeights == null ? null : new double[trials];
      planRevenue = new double[trials];
      planProfit = new double[trials];
      statusQuoRevenue = new double[trials];
      statusQuoProfit = new double[trials];
      programCost = new double[trials];
      accountsLost = new double[trials];
      long cells = (long) trials * months;
      planRevenueByMonth = new double[(int) cells];
      statusQuoRevenueByMonth = new double[(int) cells];
    }

    /** Copies {@code block}'s figures, those of trials {@code first..}, to their places here. */
    void copy(int first, TrialArrays block) {
      int n = block.planRevenue.length;
      System.arraycopy(block.planRevenue, 0, planRevenue, first, n);
      System.arraycopy(block.planProfit, 0, planProfit, first, n);
      System.arraycopy(block.statusQuoRevenue, 0, statusQuoRevenue, first, n);
      System.arraycopy(block.statusQuoProfit, 0, statusQuoProfit, first, n);
      System.arraycopy(block.programCost, 0, programCost, first, n);
      System.arraycopy(block.accountsLost, 0, accountsLost, first, n);
      System.arraycopy(block.planRevenueByMonth, 0, planRevenueByMonth, first * months, n * months);
      System.arraycopy(block.statusQuoRevenueByMonth, 0, statusQuoRevenueByMonth, first * months, n * months);
      if (npvWeights != null) {
        System.arraycopy(block.planNpv, 0, planNpv, first, n);
        System.arraycopy(block.statusQuoNpv, 0, statusQuoNpv, first, n);
      }
    }

    void store(int trial, Workspace w) {
      double revenue = 0;
      double profit = 0;
      double sqRevenue = 0;
      double sqProfit = 0;
      int base = trial * months;
      for (int t = 0; t < months; t++) {
        revenue += w.planRevenue[t];
        profit += w.planProfit[t];
        sqRevenue += w.statusQuoRevenue[t];
        sqProfit += w.statusQuoProfit[t];
        planRevenueByMonth[base + t] = w.planRevenue[t];
        statusQuoRevenueByMonth[base + t] = w.statusQuoRevenue[t];
      }
      planRevenue[trial] = revenue;
      planProfit[trial] = profit;
      statusQuoRevenue[trial] = sqRevenue;
      statusQuoProfit[trial] = sqProfit;
      programCost[trial] = w.planProgramCost;
      accountsLost[trial] = w.accountsLost;
      if (npvWeights != null) {
        double npv = 0;
        double sqNpv = 0;
        for (int t = 0; t < months; t++) {
          npv += npvWeights[t] * w.planProfit[t];
          sqNpv += npvWeights[t] * w.statusQuoProfit[t];
        }
        planNpv[trial] = npv;
        statusQuoNpv[trial] = sqNpv;
      }
    }
  }

  /** Sums over the trials of one block (or, after folding, of all blocks). */
  static final class BlockSums implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final double[] planProfit;
    final double[] statusQuoProfit;
    final double[] planActive;
    final double[] accountRevenue;
    final double[] accountProfit;
    final long[] accountLost;

    BlockSums(int months, int accounts) {
      planProfit = new double[months];
      statusQuoProfit = new double[months];
      planActive = new double[months];
      accountRevenue = new double[accounts];
      accountProfit = new double[accounts];
      accountLost = new long[accounts];
    }

    void addMonths(Workspace w) {
      for (int t = 0; t < planProfit.length; t++) {
        planProfit[t] += w.planProfit[t];
        statusQuoProfit[t] += w.statusQuoProfit[t];
        planActive[t] += w.planActive[t];
      }
    }

    void add(BlockSums o) {
      for (int t = 0; t < planProfit.length; t++) {
        planProfit[t] += o.planProfit[t];
        statusQuoProfit[t] += o.statusQuoProfit[t];
        planActive[t] += o.planActive[t];
      }
      for (int i = 0; i < accountRevenue.length; i++) {
        accountRevenue[i] += o.accountRevenue[i];
        accountProfit[i] += o.accountProfit[i];
        accountLost[i] += o.accountLost[i];
      }
    }
  }
}
