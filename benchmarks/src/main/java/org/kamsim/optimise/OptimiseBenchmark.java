package org.kamsim.optimise;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.kamsim.bench.BenchScenarios;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.Workers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does a whole optimisation take? One {@link Optimiser#run} with the scenario's defaults
 * (mean-es, headcounts [5, 20], population 60, up to 200 generations, validation on 2 x trials fresh
 * trials) on 1,000 accounts x 36 months x 10,000 trials: sampling, search, staffing curve and validation,
 * cold, once. Deliberately thin: it only calls the public entry point, which is still changing.
 *
 * <p>The CI smoke pass shrinks it with {@code -p accounts=100 -p trials=500}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class OptimiseBenchmark {
  @Param({"1000"})
  public int accounts;

  @Param({"10000"})
  public int trials;

  @Param({"2"})
  public int threads;

  private Scenario scenario;
  private ExecutorService workers;

  @Setup
  public void setUp() {
    scenario = BenchScenarios.scenario(accounts, trials, 1.0);
    workers = Workers.pool(threads);
  }

  @TearDown
  public void tearDown() {
    workers.shutdownNow();
  }

  @Benchmark
  public OptimisationResult run() throws OptimiseException {
    return Optimiser.run(scenario, Optimiser.Options.defaults(), workers, OptimiseProgress.NONE);
  }
}
