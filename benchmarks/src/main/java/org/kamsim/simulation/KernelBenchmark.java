package org.kamsim.simulation;

import java.util.concurrent.TimeUnit;
import org.kamsim.bench.BenchScenarios;
import org.kamsim.model.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What does one trial of the kernel cost? {@link Kernel#runTrials}, a pass of
 * {@link Kernel#TRIALS_PER_PASS} trials as the simulator runs them, per trial, on the synthetic portfolio of
 * {@link BenchScenarios} (volatility about 0.2, churn about 0.1, 3% key accounts with KAM attrition, 36
 * months), with the per-account sums that {@link Simulator} passes. The account count is the control: the
 * time per trial must grow linearly with it. Divide by {@code accounts x 36} for ns per account-month.
 *
 * <p>Each invocation runs the next trial indexes, so the JIT never sees the same trial twice and the branch
 * predictor cannot learn the churn months.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class KernelBenchmark {
  @Param({"100", "1000", "10000"})
  public int accounts;

  private Kernel kernel;
  private Workspace[] pass;
  private double[] accountRevenue;
  private double[] accountProfit;
  private long[] accountLost;
  private long trial;

  @Setup
  public void setUp() {
    Scenario scenario = BenchScenarios.scenario(accounts, 1, 1.0);
    kernel = new Kernel(scenario);
    pass = new Workspace[Kernel.TRIALS_PER_PASS];
    for (int k = 0; k < pass.length; k++) {
      pass[k] = new Workspace(kernel.horizon);
    }
    accountRevenue = new double[accounts];
    accountProfit = new double[accounts];
    accountLost = new long[accounts];
    trial = 0;
  }

  @Benchmark
  @OperationsPerInvocation(Kernel.TRIALS_PER_PASS)
  public void trial(Blackhole bh) {
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
