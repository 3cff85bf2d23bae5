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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What does the kernel cost when no revenue is random? The {@link KernelBenchmark} portfolio at 1,000
 * accounts with every volatility set to zero: revenue paths are then precomputed and a trial only finds
 * each account's churn month (one normal per account, one comparison per month) and adds up the path;
 * only key accounts whose KAM leaves still rebuild their path with {@code exp}. Reported per
 * account-month, to set beside {@link FloorBenchmark}: it should be far below the floor.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ChurnOnlyBenchmark {
  static final int ACCOUNTS = 1_000;

  private KernelPasses passes;

  @Setup
  public void setUp() {
    passes = new KernelPasses(BenchScenarios.scenario(ACCOUNTS, 1, 0.0));
  }

  @Benchmark
  @OperationsPerInvocation(Kernel.TRIALS_PER_PASS * ACCOUNTS * BenchScenarios.MONTHS)
  public void trial(Blackhole bh) {
    passes.next(bh);
  }
}
