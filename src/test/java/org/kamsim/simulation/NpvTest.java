package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kamsim.model.Account;
import org.kamsim.model.Finance;
import org.kamsim.model.Program;

/**
 * Net present value (MODEL.md, "Finance") against closed forms computed here from the contract, independently
 * of the engine's weights: {@code E[npv] = sum_t d_t E[profit_t] + d_T 12 E[profit_T] (1 + g) / (r - g)}, by
 * linearity of expectation.
 *
 * <p>Tolerance: K = 4 standard errors of the simulated mean, as in {@link ClosedFormTest} (each check fails by
 * chance with probability 6.3e-5). The deterministic case has no randomness at all: it must agree to rounding.
 */
class NpvTest {
  private static final double K = 4;
  private static final double RATE = 0.10;
  private static final double GROWTH = 0.02;

  @Test
  void npv_ofPlanAndStatusQuo_matchesDiscountedExpectedProfitPlusTerminalValue() {
    TestScenario s = ClosedFormTest.programScenario();
    s.finance = Optional.of(Finance.of(RATE, GROWTH));
    SimulationResult r = s.run(2);
    int months = s.horizon;

    Coverage[] plan = {Coverage.KEPT, Coverage.DEMOTED, Coverage.ELEVATED, Coverage.ELEVATED,
        Coverage.STANDARD};
    Coverage[] statusQuo = {Coverage.KEPT, Coverage.KEPT, Coverage.STANDARD, Coverage.STANDARD,
        Coverage.STANDARD};
    // Plan: 2 KAMs (load 1.5 + 2 + 1 = 4.5 over capacity 4); status quo: 1 KAM (load 1.5 + 1).
    double[] planProfit = monthly(s, plan, 2);
    double[] sqProfit = monthly(s, statusQuo, 1);
    double planNpv = presentValue(planProfit);
    double sqNpv = presentValue(sqProfit);

    NpvFigures npv = r.npv().orElseThrow();
    assertThat(npv.discountRate()).isEqualTo(RATE);
    assertThat(npv.terminalGrowth()).hasValue(GROWTH);
    assertThat(npv.profit().mean()).isCloseTo(planNpv, within(K * npv.profit().stderr()));
    assertThat(npv.incrementalMean()).isCloseTo(planNpv - sqNpv, within(K * npv.incrementalStderr()));
    // Paired: the incremental NPV is the per-trial difference, so its mean is the difference of the means.
    assertThat(npv.incrementalMean()).isCloseTo(npv.profit().mean() - npv.statusQuoProfitMean(),
        within(1e-6 * Math.abs(planNpv)));
    assertThat(npv.incrementalCi95Low()).isLessThan(npv.incrementalMean());
    assertThat(npv.incrementalCi95High()).isGreaterThan(npv.incrementalMean());
    // The discounted cumulative series, month by month, from the periods' own undiscounted means.
    double running = 0;
    for (int t = 0; t < months; t++) {
      double d = Math.pow(1 + RATE, -(t + 1) / 12.0);
      assertThat(npv.discountFactors().get(t)).isCloseTo(d, within(1e-15));
      running += d * r.periods().get(t).incrementalProfitMean();
      assertThat(npv.cumulativeDiscountedIncrementalMean().get(t)).isCloseTo(running,
          within(1e-9 * Math.abs(planNpv)));
    }
  }

  @Test
  void npv_withoutVolatilityOrChurn_isTheKnownSumExactly() {
    TestScenario s = new TestScenario();
    s.trials = 500;
    s.horizon = 24;
    s.program = new Program(1, 0, 0, 0, 0, 1);
    s.costPerKam = 0;
    // One account, revenue 1.2M growing 6% a year, margin 0.25, cost to serve 60k: no randomness at all.
    s.add(TestScenario.full("A", "", "", 1.2e6, 0.25, 60_000, 0, 0.06, 0, Double.POSITIVE_INFINITY, 1, false));
    s.finance = Optional.of(Finance.of(RATE, GROWTH));
    SimulationResult r = s.run(2);

    double expected = 0;
    double last = 0;
    for (int t = 1; t <= s.horizon; t++) {
      last = 1.2e6 / 12 * Math.pow(1.06, t / 12.0) * 0.25 - 60_000 / 12.0;
      expected += Math.pow(1 + RATE, -t / 12.0) * last;
    }
    expected += Math.pow(1 + RATE, -s.horizon / 12.0) * 12 * last * (1 + GROWTH) / (RATE - GROWTH);
    NpvFigures npv = r.npv().orElseThrow();
    assertThat(npv.profit().mean()).isCloseTo(expected, within(1e-9 * expected));
    assertThat(npv.profit().stderr()).isCloseTo(0, within(1e-9 * expected));
    assertThat(npv.profit().p05()).isCloseTo(expected, within(1e-9 * expected));
    // The plan is the status quo: nothing to pay back.
    assertThat(npv.incrementalMean()).isZero();
    assertThat(npv.discountedPaybackMonth()).isEmpty();
  }

  @Test
  void npv_isAbsentWithoutFinance_andADiscountRateOfZeroIsHorizonProfit() {
    TestScenario s = ClosedFormTest.programScenario();
    s.trials = 2_000;
    assertThat(s.run(1).npv()).isEmpty();
    s.finance = Optional.of(Finance.of(0));
    SimulationResult r = s.run(1);
    assertThat(r.npv().orElseThrow().profit().mean()).isCloseTo(r.profit().mean(),
        within(1e-9 * Math.abs(r.profit().mean())));
    assertThat(r.npv().orElseThrow().discountedPaybackMonth()).isEqualTo(r.plan().paybackMonth());
  }

  /** Expected portfolio profit of each month under the coverages, less the KAMs' fixed cost. */
  private static double[] monthly(TestScenario s, Coverage[] coverage, int kams) {
    double[] total = new double[s.horizon];
    List<Account> accounts = s.accounts;
    for (int i = 0; i < coverage.length; i++) {
      double[] p = Expected.plain(accounts.get(i), coverage[i], s.program, s.horizon, 0.15, 0.2, 0.9)
          .profitByMonth();
      for (int t = 0; t < s.horizon; t++) {
        total[t] += p[t];
      }
    }
    for (int t = 0; t < s.horizon; t++) {
      total[t] -= kams * s.costPerKam / 12;
    }
    return total;
  }

  /** {@code sum_t (1 + r)^(-t/12) profit_t} plus the terminal value of the last month's run-rate. */
  private static double presentValue(double[] profit) {
    int months = profit.length;
    double pv = 0;
    for (int t = 1; t <= months; t++) {
      pv += Math.pow(1 + RATE, -t / 12.0) * profit[t - 1];
    }
    return pv + Math.pow(1 + RATE, -months / 12.0) * 12 * profit[months - 1] * (1 + GROWTH) / (RATE - GROWTH);
  }
}
