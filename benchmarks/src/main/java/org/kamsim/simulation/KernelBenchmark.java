package org.kamsim.simulation;

import java.util.concurrent.TimeUnit;
import org.kamsim.bench.BenchScenarios;
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
 * <p>Each invocation runs the next trial indexes ({@link KernelPasses}).
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

  private KernelPasses passes;

  @Setup
  public void setUp() {
    passes = new KernelPasses(BenchScenarios.scenario(accounts, 1, 1.0));
  }

  @Benchmark
  @OperationsPerInvocation(Kernel.TRIALS_PER_PASS)
  public void trial(Blackhole bh) {
    passes.next(bh);
  }
}
