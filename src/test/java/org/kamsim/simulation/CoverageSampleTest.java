package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.kamsim.model.Scenario;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;
import org.junit.jupiter.api.Test;

class CoverageSampleTest {

  /**
   * The sample's decomposition (all standard + uplifts of the key accounts) must reproduce the full
   * simulation of the same plan trial by trial; only the order of the additions differs, so the two agree
   * to rounding (1e-12 relative), not to the bit.
   */
  @Test
  void planTotals_equalFullSimulationTrialByTrial() {
    TestScenario s = ClosedFormTest.programScenario();
    s.trials = 2_500;
    s.attrition = 0.25;
    s.shocks.add(new Shock.MarginShock(-0.04, new Selector.Key(), 1, 18));
    s.shocks.add(new Shock.ChurnShock(2.0, new Selector.Standard(), 6, 12));
    Scenario scenario = s.build();
    SimulationResult simulated = new Simulator(TestWorkers.of(2), ProgressListener.NONE).run(scenario);
    CoverageSample sample = CoverageSample.draw(scenario, TestWorkers.of(2), ProgressListener.NONE);

    int[] key = {0, 2, 3}; // K1, E1, E2: the plan of programScenario()
    double[] revenue = new double[s.trials];
    double[] profit = new double[s.trials];
    sample.totals(key, revenue, profit);
    double kamCost = scenario.plan().headcount() * s.costPerKam * s.horizon / 12;
    double[] simulatedRevenue = simulated.revenueByTrial();
    double[] simulatedProfit = simulated.profitByTrial();
    for (int t = 0; t < s.trials; t++) {
      assertThat(revenue[t]).isCloseTo(simulatedRevenue[t], within(1e-12 * simulatedRevenue[t]));
      assertThat(profit[t] - kamCost).isCloseTo(simulatedProfit[t], within(1e-9 * simulatedRevenue[t]));
    }
  }

  @Test
  void sample_isIdenticalForOneAndTwoThreads() {
    Scenario scenario = ClosedFormTest.programScenario().build().withTrials(2_100);
    CoverageSample one = CoverageSample.draw(scenario, TestWorkers.of(1), ProgressListener.NONE);
    CoverageSample two = CoverageSample.draw(scenario, TestWorkers.of(2), ProgressListener.NONE);
    double[] r1 = new double[2_100];
    double[] p1 = new double[2_100];
    double[] r2 = new double[2_100];
    double[] p2 = new double[2_100];
    one.totals(new int[] {1, 4}, r1, p1);
    two.totals(new int[] {1, 4}, r2, p2);
    assertThat(r2).isEqualTo(r1);
    assertThat(p2).isEqualTo(p1);
    assertThat(List.of(one.meanProfitUplift(2))).isEqualTo(List.of(two.meanProfitUplift(2)));
  }

  /**
   * Drawn through the {@link BlockExecutor} seam (as on Spark), with every block's job and columns sent
   * through Java serialization as a remote executor sends them, the sample is the in-place draw's, bit for
   * bit: every account's uplifts (all key against none) and the all-standard totals, trial by trial.
   */
  @Test
  void sample_throughBlockExecutor_isTheInPlaceDraw() {
    Scenario scenario = ClosedFormTest.programScenario().build().withTrials(2_100); // 9 blocks, the last short
    CoverageSample local = CoverageSample.draw(scenario, TestWorkers.of(2), ProgressListener.NONE);
    long[] reported = new long[1];
    CoverageSample remote = CoverageSample.draw(scenario, new SerialisingBlocks(),
        (done, total) -> reported[0] = done);
    assertThat(reported[0]).isEqualTo(2_100);
    int n = scenario.portfolio().size();
    for (int[] key : new int[][] {{}, java.util.stream.IntStream.range(0, n).toArray()}) {
      double[] r1 = new double[2_100];
      double[] p1 = new double[2_100];
      double[] r2 = new double[2_100];
      double[] p2 = new double[2_100];
      local.totals(key, r1, p1);
      remote.totals(key, r2, p2);
      assertThat(r2).isEqualTo(r1);
      assertThat(p2).isEqualTo(p1);
    }
    for (int i = 0; i < n; i++) {
      assertThat(remote.meanProfitUplift(i)).isEqualTo(local.meanProfitUplift(i));
      assertThat(remote.meanRevenueUplift(i)).isEqualTo(local.meanRevenueUplift(i));
    }
  }

  /** A block executor that computes blocks in reverse order, each job and result serialised and read back. */
  private static final class SerialisingBlocks implements BlockExecutor {
    @Override
    public <T extends java.io.Serializable> void run(Scenario scenario, BlockJob<T> job, int n,
        java.util.function.Consumer<T> inBlockOrder) {
      BlockWorker worker = new BlockWorker(scenario);
      BlockJob<T> sent = copy(job);
      List<T> results = new java.util.ArrayList<>(java.util.Collections.nCopies(n, null));
      for (int b = n - 1; b >= 0; b--) {
        results.set(b, copy(worker.compute(sent, b)));
      }
      results.forEach(inBlockOrder);
    }

    @SuppressWarnings("unchecked")
    private static <X> X copy(X value) {
      try {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
          out.writeObject(value);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
          return (X) in.readObject();
        }
      } catch (java.io.IOException | ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
