package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Scenario;

/**
 * {@link Simulator#trialsForPrecision} against the stopping rule computed here, independently, from a plain
 * run's per-trial totals: two-pass standard errors of each block prefix, in place of the engine's one-pass
 * (Welford) ones.
 */
class PrecisionTest {
  private static final int PLAIN_TRIALS = 8_000;
  private static Scenario scenario;
  /** Per block end {@code (b + 1) x 250}: the larger relative standard error, in percent, of the prefix. */
  private static double[] atBlockEnd;

  @BeforeAll
  static void plainRun() {
    TestScenario s = new TestScenario();
    s.horizon = 12;
    s.trials = PLAIN_TRIALS;
    s.factor = new FactorModel(0.2, 0.5, 0.3);
    for (int i = 0; i < 12; i++) {
      s.add(TestScenario.full("A" + i, "", "", 1e6 * (12 - i), 0.3, 20_000, 0.08, 0.02, 0.25,
          Double.POSITIVE_INFINITY, 1, i < 3));
    }
    scenario = s.build();
    SimulationResult plain = new Simulator(TestWorkers.of(2), ProgressListener.NONE).run(scenario);
    double[] revenue = plain.revenueByTrial();
    double[] profit = plain.profitByTrial();
    atBlockEnd = new double[PLAIN_TRIALS / Simulator.BLOCK_SIZE];
    for (int b = 0; b < atBlockEnd.length; b++) {
      int n = (b + 1) * Simulator.BLOCK_SIZE;
      atBlockEnd[b] = Math.max(relative(Arrays.copyOf(revenue, n)), relative(Arrays.copyOf(profit, n)));
    }
  }

  private static double relative(double[] values) {
    return 100 * Stats.standardError(values) / Math.abs(Stats.mean(values));
  }

  /**
   * A target just above the prefix figure at {@code n} trials: 1e-6 of it above, far more than the 1e-13 or
   * so by which one-pass and two-pass standard errors of a few thousand values can differ, so that both
   * computations agree on every block end.
   */
  private static double targetAt(int n) {
    double target = atBlockEnd[n / Simulator.BLOCK_SIZE - 1] * (1 + 1e-6);
    for (double m : atBlockEnd) {
      assertThat(Math.abs(m / target - 1)).as("a block end too close to the target").isGreaterThan(1e-7);
    }
    return target;
  }

  /** The first block end from 1,000 trials on whose figure is within the target; 0 if none. */
  private static int firstQualifying(double target) {
    for (int b = Precision.MIN_TRIALS / Simulator.BLOCK_SIZE - 1; b < atBlockEnd.length; b++) {
      if (atBlockEnd[b] <= target) {
        return (b + 1) * Simulator.BLOCK_SIZE;
      }
    }
    return 0;
  }

  private static Precision stage(int threads, double target, int maxTrials) {
    return new Simulator(TestWorkers.of(threads), ProgressListener.NONE).trialsForPrecision(scenario, target,
        maxTrials);
  }

  @Test
  void stops_atTheFirstQualifyingBlockEnd_sameOnOneAndThreeThreads() {
    double target = targetAt(5_000);
    int expected = firstQualifying(target);
    assertThat(expected).isBetween(Precision.MIN_TRIALS, 5_000);

    Precision one = stage(1, target, PLAIN_TRIALS);
    Precision three = stage(3, target, PLAIN_TRIALS);

    assertThat(one.trials()).isEqualTo(expected);
    assertThat(one.targetMet()).isTrue();
    assertThat(one.reachedPercent()).isLessThanOrEqualTo(target)
        .isCloseTo(atBlockEnd[expected / Simulator.BLOCK_SIZE - 1], within(1e-9 * target));
    assertThat(three).isEqualTo(one);
  }

  @Test
  void neverStops_beforeOneThousandTrials_evenWhenTheTargetHoldsThere() {
    double easy = 10 * Arrays.stream(atBlockEnd).max().orElseThrow();
    Precision p = stage(2, easy, PLAIN_TRIALS);
    assertThat(atBlockEnd[0]).isLessThanOrEqualTo(easy);
    assertThat(p.trials()).isEqualTo(Precision.MIN_TRIALS);
    assertThat(p.targetMet()).isTrue();
  }

  @Test
  void unreachableTarget_stopsAtTheMostTrials_evenInsideABlock() {
    Precision p = stage(3, 1e-6, 1_630);
    assertThat(p.trials()).isEqualTo(1_630);
    assertThat(p.targetMet()).isFalse();
    assertThat(p.reachedPercent()).isGreaterThan(1e-6);
  }

  @Test
  void mostTrials_belowOneThousand_runsThemAll_withoutCheckingTheTarget() {
    Precision p = stage(1, 1e6, 600);
    assertThat(p.trials()).isEqualTo(600);
    assertThat(p.targetMet()).isFalse();
  }

  @Test
  void mostTrials_isCappedByWhatTheEngineHoldsForTheHorizon() {
    assertThat(Simulator.mostTrials(scenario, Integer.MAX_VALUE)).isEqualTo(Scenario.MAX_TRIALS);
    TestScenario long20Years = new TestScenario();
    long20Years.horizon = 240;
    long20Years.trials = 1;
    long20Years.add(TestScenario.full("A", "", "", 1e6, 0.3, 0, 0.1, 0, 0.2, Double.POSITIVE_INFINITY, 1, true));
    // 240 months: 2^31 - 9 trial-months hold 8,947,848 trials, fewer than MAX_TRIALS.
    assertThat(Simulator.mostTrials(long20Years.build(), Integer.MAX_VALUE)).isEqualTo(8_947_848);
    assertThat(Simulator.mostTrials(scenario, 5)).isEqualTo(5);
  }

  @Test
  void badTarget_orMostTrials_isRejectedNamingIt() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> stage(1, bad, 1_000)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("precision: must be a finite number > 0, was " + bad);
    }
    assertThatThrownBy(() -> stage(1, 1, 0)).hasMessage("maxTrials: must be >= 1, was 0");
  }
}
