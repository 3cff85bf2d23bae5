package org.kamsim.optimise;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.kamsim.bench.BenchScenarios;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.CoverageSample;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.Workers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How many plans can the optimiser score per second? {@link PlanScorer#value} (the scenario's
 * {@code mean-es} objective) on a {@link CoverageSample} of 1,000 accounts x 10,000 trials, for plans of
 * about 30 key accounts. The sample is drawn once per fork (a few seconds, outside the measurement); the
 * plans are precomputed variations of the top 30 by revenue (1-3 accounts swapped, another headcount),
 * cycled so that consecutive invocations score different plans, as in a GA generation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class PlanEvaluationBenchmark {
  @Param({"1000"})
  public int accounts;

  @Param({"10000"})
  public int trials;

  /** Key accounts per plan. */
  @Param({"30"})
  public int keySize;

  private static final int PLANS = 64;

  private PlanScorer scorer;
  private KeyPlan[] plans;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Scenario scenario = BenchScenarios.scenario(accounts, trials, 1.0);
    ExecutorService workers = Workers.pool(Runtime.getRuntime().availableProcessors());
    CoverageSample sample;
    try {
      sample = CoverageSample.draw(scenario, workers, ProgressListener.NONE);
    } finally {
      workers.shutdownNow();
    }
    OptimiseSpec spec = scenario.optimise();
    double survivalRevenue = scenario.survivalThreshold() * scenario.portfolio().totalRevenue()
        * scenario.horizonMonths() / 12.0;
    ObjectiveFunction objective = new ObjectiveFunction(spec.objective(), spec.riskAversion(),
        spec.alpha(), survivalRevenue);
    scorer = new PlanScorer(sample, objective, sample.costPerKam(scenario.kam().costPerKam()));

    int k = Math.min(keySize, accounts);
    int[] byRevenue = scenario.portfolio().byRevenueDescending();
    SplittableRandom rng = new SplittableRandom(1);
    plans = new KeyPlan[PLANS];
    for (int p = 0; p < PLANS; p++) {
      int[] key = java.util.Arrays.copyOf(byRevenue, k);
      int swaps = accounts > k ? 1 + rng.nextInt(3) : 0;
      for (int s = 0; s < swaps; s++) {
        // Swap a random key account for a random account outside the top k (duplicates avoided).
        int candidate;
        do {
          candidate = byRevenue[k + rng.nextInt(accounts - k)];
        } while (contains(key, candidate));
        key[rng.nextInt(k)] = candidate;
      }
      plans[p] = new KeyPlan(key, Math.max(1, (k + 3) / 4 + rng.nextInt(3) - 1));
    }
  }

  private static boolean contains(int[] key, int account) {
    for (int i : key) {
      if (i == account) {
        return true;
      }
    }
    return false;
  }

  @Benchmark
  public double value() {
    KeyPlan plan = plans[next];
    next = (next + 1) & (PLANS - 1);
    return scorer.value(plan);
  }
}
