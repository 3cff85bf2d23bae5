package org.kamsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.model.Selector;
import org.kamsim.simulation.Coverage;
import org.kamsim.simulation.Expected;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.Simulator;
import org.kamsim.simulation.TestScenario;
import org.kamsim.simulation.TestWorkers;

/**
 * The concentration ladder against the contract's closed forms, and the reverse stress test against an
 * exhaustive search and plain runs.
 *
 * <p>Tolerance of the closed-form checks: 4 standard errors of the paired difference (rung minus base per
 * trial over 20,000 trials, normal to a very good approximation), so each check fails by chance with
 * probability 6.3e-5, the dozen here together below 0.1%; seeds are fixed. Checks that follow from the
 * draws being common (monotone rungs, additivity) are exact, up to the rounding of sums taken in another
 * order (a relative 1e-12).
 */
class StressTestTest {
  private static final double K = 4;
  private static final double RHO = 0.15;
  private static final double BETA = 0.2;
  private static final double PHI = 0.9;
  private static final double NO_CAP = Double.POSITIVE_INFINITY;

  /** Six standard accounts, no potential cap, two segments (one label empty) and one region. */
  private static TestScenario ladderScenario() {
    TestScenario s = new TestScenario();
    s.factor = new FactorModel(PHI, RHO, BETA);
    s.horizon = 24;
    s.add(TestScenario.full("A", "Retail", "North", 12e6, 0.30, 240_000, 0.10, 0.05, 0.25, NO_CAP, 1, false));
    s.add(TestScenario.full("B", "Retail", "North", 6e6, 0.25, 100_000, 0.20, -0.03, 0.40, NO_CAP, 1, false));
    s.add(TestScenario.full("C", "Industry", "North", 8e6, 0.40, 50_000, 0.05, 0.10, 0.10, NO_CAP, 1, false));
    s.add(TestScenario.full("D", "", "", 1e6, 0.35, 20_000, 0.30, 0.00, 0.0, NO_CAP, 1, false));
    s.add(TestScenario.full("E", "Industry", "", 4e6, 0.30, 20_000, 0.15, 0.02, 0.30, NO_CAP, 1, false));
    s.add(TestScenario.full("F", "Retail", "", 2e6, 0.30, 20_000, 0.25, 0.04, 0.20, NO_CAP, 1, false));
    return s;
  }

  /** The contract's expected revenue of {@code a} from month {@code month} to the horizon. */
  private static double fromMonth(TestScenario s, Account a, int month) {
    double all = Expected.plain(a, Coverage.STANDARD, s.program, s.horizon, RHO, BETA, PHI).revenue();
    double before = Expected.of(a, Coverage.STANDARD, s.program, s.horizon, RHO, BETA, PHI, null, null, null,
        month).revenue();
    return all - before;
  }

  @Test
  void ladder_rungsNeverRaiseRevenue_andEachDeltaMatchesItsClosedForm() {
    TestScenario s = ladderScenario();
    Scenario scenario = s.build();
    int month = 5;
    StressTest test = StressTest.run(scenario, 6, month, TestWorkers.of(2), ProgressListener.NONE);
    List<StressTest.Rung> ladder = test.ladder();

    // base, top 1..6, segments Retail then Industry (by revenue today; D's empty segment has no rung), region
    assertThat(ladder).extracting(StressTest.Rung::label).containsExactly("base", "top 1", "top 2", "top 3",
        "top 4", "top 5", "top 6", "segment Retail", "segment Industry", "region North");
    assertThat(ladder.get(3).lost()).containsExactly("A", "B", "C"); // in portfolio order
    assertThat(ladder.get(3).lostShareToday()).isCloseTo(26e6 / 33e6, within(1e-12));

    for (int k = 1; k <= 6; k++) {
      double[] above = ladder.get(k - 1).outcome().revenueByTrial();
      double[] below = ladder.get(k).outcome().revenueByTrial();
      for (int i = 0; i < above.length; i++) {
        assertThat(below[i]).as("top %d, trial %d", k, i).isLessThanOrEqualTo(above[i]);
      }
    }
    Portfolio p = scenario.portfolio();
    for (StressTest.Rung r : ladder.subList(1, ladder.size())) {
      double lost = 0;
      for (String id : r.lost()) {
        lost += fromMonth(s, p.get(p.indexOf(id).orElseThrow()), month);
      }
      assertThat(r.revenueChange().paired()).isTrue();
      assertThat(r.revenueChange().mean()).as(r.label())
          .isCloseTo(-lost, within(K * r.revenueChange().stderr()));
    }
    assertThat(ladder.get(0).revenueChange().mean()).isZero();
  }

  /** Twelve accounts whose order by expected revenue from month M differs from their order today. */
  private static TestScenario reverseScenario(double threshold) {
    TestScenario s = new TestScenario();
    s.factor = new FactorModel(PHI, 0.3, 0.5);
    s.horizon = 24;
    s.trials = 8_000;
    s.survivalThreshold = threshold;
    double[] revenue = {9e6, 8e6, 7.5e6, 6e6, 5.5e6, 5e6, 4e6, 3.5e6, 3e6, 2e6, 1.5e6, 1e6};
    double[] churn = {0.60, 0.05, 0.40, 0.10, 0.02, 0.50, 0.05, 0.30, 0.01, 0.20, 0.05, 0.10};
    double[] growth = {-0.10, 0.05, 0.00, 0.08, 0.10, -0.05, 0.15, 0.00, 0.12, 0.02, 0.20, 0.00};
    for (int i = 0; i < revenue.length; i++) {
      s.add(TestScenario.full("R" + (i + 1), "", "", revenue[i], 0.3, 10_000, churn[i], growth[i], 0.35, NO_CAP,
          1, false));
    }
    return s;
  }

  /**
   * Independent of the code's own per-account figures: each account's expected revenue from month M on comes
   * from a plain simulated run of the scenario losing that account alone at M, on the same draws (the
   * scenario's mean minus that run's), and the threshold from the portfolio; every one of the 4,096 subsets
   * is then tried with those values.
   */
  @Test
  void reverseStress_expectedSet_isAMinimumSetOfTheExhaustiveSearch() {
    double thresholdShare = 0.5;
    TestScenario ts = reverseScenario(thresholdShare);
    Scenario scenario = ts.build();
    int month = 4;
    ReverseStress r = StressTest.run(scenario, 1, month, TestWorkers.of(2), ProgressListener.NONE).reverse();
    Portfolio p = scenario.portfolio();
    int n = p.size();
    double baseMean = plainRun(scenario, List.of(), month).revenue().mean();
    double[] e = new double[n];
    double today = 0;
    for (int i = 0; i < n; i++) {
      e[i] = baseMean - plainRun(scenario, List.of(p.get(i).id()), month).revenue().mean();
      today += p.get(i).revenue();
    }
    double threshold = thresholdShare * today * ts.horizon / 12.0;
    assertThat(r.survivalRevenue()).isCloseTo(threshold, within(1e-12 * threshold));

    int smallest = Integer.MAX_VALUE;
    List<Integer> minimumSets = new ArrayList<>();
    double[] mostLostBySize = new double[n + 1];
    Arrays.fill(mostLostBySize, Double.NEGATIVE_INFINITY);
    for (int set = 0; set < 1 << n; set++) {
      double lost = 0;
      for (int i = 0; i < n; i++) {
        if ((set & (1 << i)) != 0) {
          lost += e[i];
        }
      }
      int size = Integer.bitCount(set);
      mostLostBySize[size] = Math.max(mostLostBySize[size], lost);
      if (baseMean - lost < threshold) {
        if (size < smallest) {
          smallest = size;
          minimumSets.clear();
        }
        if (size == smallest) {
          minimumSets.add(set);
        }
      }
    }
    ReverseStress.Answer expected = r.expected();
    assertThat(smallest).as("a test that needs several accounts").isBetween(2, n - 1);
    assertThat(expected.reached()).isTrue();
    assertThat(expected.count()).isEqualTo(smallest);
    int greedy = 0;
    double greedyLost = 0;
    for (String id : expected.accounts()) {
      int i = p.indexOf(id).orElseThrow();
      greedy |= 1 << i;
      greedyLost += e[i];
    }
    assertThat(minimumSets).contains(greedy);
    // The decisions are clear of rounding (the code sums its own means in another order, a relative 1e-12):
    // the code's set crosses by a margin, and the set one smaller that loses most stays above by a margin.
    double margin = 1e-9 * baseMean;
    assertThat(baseMean - greedyLost).isLessThan(threshold - margin);
    assertThat(baseMean - mostLostBySize[smallest - 1]).isGreaterThan(threshold + margin);
    // Not simply the largest accounts today: the order is by expected revenue from month M on.
    assertThat(expected.accounts()).isNotEqualTo(StressTest.ids(scenario.portfolio(), new Selector.Top(smallest)));

    // Additivity on the same draws: the simulated run of the set and of the set one shorter are exactly as
    // estimated, so the set's loss is below the threshold and the shorter one's is not.
    double runMean = expected.outcome().revenue().mean();
    assertThat(runMean).isCloseTo(r.estimatedRevenueAfter(smallest), within(1e-12 * r.baseMean()));
    assertThat(runMean).isLessThan(r.survivalRevenue());
    Outcome shorter = plainRun(scenario, expected.accounts().subList(0, smallest - 1), month);
    assertThat(shorter.revenue().mean()).isCloseTo(r.estimatedRevenueAfter(smallest - 1),
        within(1e-12 * r.baseMean()));
    assertThat(shorter.revenue().mean()).isGreaterThanOrEqualTo(r.survivalRevenue());
  }

  @Test
  void reverseStress_probability50_isTheFirstPrefixReachingOneHalf() {
    Scenario scenario = reverseScenario(0.45).build();
    int month = 4;
    ReverseStress r = StressTest.run(scenario, 1, month, TestWorkers.of(2), ProgressListener.NONE).reverse();
    ReverseStress.Answer answer = r.probability50();
    int c = answer.count();
    assertThat(c).as("a test that needs several accounts").isBetween(2, scenario.portfolio().size() - 1);

    List<String> order = new ArrayList<>();
    for (int i : r.order()) {
      order.add(scenario.portfolio().get(i).id());
    }
    assertThat(answer.accounts()).isEqualTo(order.subList(0, c));
    Outcome at = plainRun(scenario, order.subList(0, c), month);
    Outcome before = plainRun(scenario, order.subList(0, c - 1), month);
    assertThat(at.probabilityBelow()).isGreaterThanOrEqualTo(ReverseStress.PROBABILITY)
        .isEqualTo(answer.outcome().probabilityBelow());
    assertThat(before.probabilityBelow()).isLessThan(ReverseStress.PROBABILITY);
  }

  @Test
  void reverseStress_zeroThreshold_isNeverReached() {
    Scenario scenario = reverseScenario(0).build();
    ReverseStress r = StressTest.run(scenario, 1, 4, TestWorkers.of(1), ProgressListener.NONE).reverse();

    for (ReverseStress.Answer a : r.answers()) {
      assertThat(a.reached()).isFalse();
      assertThat(a.accounts()).isEmpty();
    }
  }

  @Test
  void reverseStress_baseAlreadyBelow_needsNoAccount() {
    Scenario scenario = reverseScenario(3).build();
    ReverseStress r = StressTest.run(scenario, 1, 4, TestWorkers.of(1), ProgressListener.NONE).reverse();

    for (ReverseStress.Answer a : r.answers()) {
      assertThat(a.count()).isZero();
      assertThat(a.accounts()).isEmpty();
    }
  }

  @Test
  void ladder_portfolioEarningNothingToday_sharesLostAreZeroNotNaN() {
    TestScenario s = new TestScenario();
    s.factor = new FactorModel(PHI, RHO, BETA);
    s.horizon = 12;
    s.trials = 2_000;
    s.add(TestScenario.full("Z1", "Retail", "North", 0, 0.3, 10_000, 0.1, 0.0, 0.2, NO_CAP, 1, false));
    s.add(TestScenario.full("Z2", "Industry", "North", 0, 0.3, 10_000, 0.1, 0.0, 0.2, NO_CAP, 1, false));

    StressTest test = StressTest.run(s.build(), 2, 3, TestWorkers.of(1), ProgressListener.NONE);

    assertThat(test.ladder()).extracting(StressTest.Rung::lostShareToday).containsOnly(0.0);
    assertThat(StressTest.shareToday(0, 0)).isZero();
    // Nothing to lose: no set takes revenue below a threshold of 0, so neither answer has a share.
    assertThat(test.reverse().answers()).extracting(ReverseStress.Answer::reached).containsOnly(false);
  }

  /** A plain simulation of the scenario also losing {@code ids} at {@code month} (none: the scenario). */
  private static Outcome plainRun(Scenario scenario, List<String> ids, int month) {
    Scenario s = ids.isEmpty() ? scenario : StressTest.losing(scenario, new Selector.Ids(ids), month);
    return Outcome.of(new Simulator(TestWorkers.of(2), ProgressListener.NONE).run(s, false));
  }
}
