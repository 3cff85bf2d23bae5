package org.kamsim.simulation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.kamsim.bench.BenchScenarios;
import org.kamsim.model.Scenario;
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
 * Do threads pay? A whole {@link Simulator#run} (kernel, per-trial storage, the expected-shortfall
 * re-run of the tail trials, the result's statistics) on 1,000 accounts x 36 months x 2,000 trials, on
 * 1 and 2 threads. Two threads should give at least 1.8x the throughput of one: time(1) / time(2) >= 1.8.
 * Each run is a second or more, so each is timed on its own (single shot) after a few warm-up runs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class ScalingBenchmark {
  @Param({"1", "2"})
  public int threads;

  @Param({"1000"})
  public int accounts;

  @Param({"2000"})
  public int trials;

  private Scenario scenario;
  private Simulator simulator;
  private ExecutorService workers;

  @Setup
  public void setUp() {
    scenario = BenchScenarios.scenario(accounts, trials, 1.0);
    workers = Workers.pool(threads);
    simulator = new Simulator(workers, ProgressListener.NONE);
  }

  @TearDown
  public void tearDown() {
    workers.shutdownNow();
  }

  @Benchmark
  public SimulationResult run() {
    return simulator.run(scenario);
  }
}
