package org.kamsim.simulation;

import org.kamsim.model.Scenario;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The kernel run as {@link Simulator} runs it, a pass of {@link Kernel#TRIALS_PER_PASS} trials at a time
 * with the per-account sums, for the kernel benchmarks. Each pass takes the next trial indexes, so the JIT
 * never sees the same trial twice and the branch predictor cannot learn the churn months.
 */
final class KernelPasses {
  private final Kernel kernel;
  private final Workspace[] pass = new Workspace[Kernel.TRIALS_PER_PASS];
  private final double[] accountRevenue;
  private final double[] accountProfit;
  private final long[] accountLost;
  private long trial;

  KernelPasses(Scenario scenario) {
    kernel = new Kernel(scenario);
    for (int k = 0; k < pass.length; k++) {
      pass[k] = new Workspace(kernel.horizon);
    }
    accountRevenue = new double[kernel.accounts];
    accountProfit = new double[kernel.accounts];
    accountLost = new long[kernel.accounts];
  }

  /** Runs the next pass and consumes its trials' results. */
  void next(Blackhole bh) {
    for (Workspace w : pass) {
      w.trial = trial++;
    }
    kernel.runTrials(pass, pass.length, accountRevenue, accountProfit, accountLost);
    // The monthly totals are the trials' result: consuming them keeps every account's work alive.
    for (Workspace w : pass) {
      bh.consume(w.planRevenue);
      bh.consume(w.statusQuoProfit);
      bh.consume(w.planProgramCost);
      bh.consume(w.accountsLost);
    }
  }
}
