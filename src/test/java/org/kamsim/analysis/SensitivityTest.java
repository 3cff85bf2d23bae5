package org.kamsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Scenario;
import org.kamsim.model.SensitivityMeasure;
import org.kamsim.model.SensitivityParameter;
import org.kamsim.simulation.Coverage;
import org.kamsim.simulation.Expected;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.TestScenario;
import org.kamsim.simulation.TestWorkers;
import org.junit.jupiter.api.Test;

/**
 * One-at-a-time sensitivity against identities of MODEL.md "Profit" that hold trial by trial on the same
 * draws, and inputs the scenario does not use giving a swing of exactly 0.
 */
class SensitivityTest {
  private static final int MONTHS = 24;
  private static final double RHO = 0.2;
  private static final double BETA = 0.3;
  private static final double PHI = 0.5;

  /**
   * Two key accounts today and one standard, no revenue cap, no KAM attrition; the plan is the status quo
   * (one KAM carries both key accounts).
   */
  private static TestScenario tiny() {
    TestScenario t = new TestScenario();
    t.horizon = MONTHS;
    t.trials = 4_000;
    t.seed = 3;
    t.factor = new FactorModel(PHI, RHO, BETA);
    t.add(TestScenario.full("K1", "", "", 1_200_000, 0.3, 10_000, 0.1, 0.03, 0.2, Double.POSITIVE_INFINITY, 1,
        true));
    t.add(TestScenario.full("K2", "", "", 800_000, 0.25, 5_000, 0.15, 0, 0.1, Double.POSITIVE_INFINITY, 1, true));
    t.add(TestScenario.full("S1", "", "", 500_000, 0.4, 2_000, 0.2, 0.05, 0.3, Double.POSITIVE_INFINITY, 1,
        false));
    return t;
  }

  private static Runs runs(int threads) {
    return new Runs(TestWorkers.of(threads), ProgressListener.NONE);
  }

  private static Sensitivity.Row row(Sensitivity s, SensitivityParameter p) {
    return s.rows().stream().filter(r -> r.parameter() == p).findFirst().orElseThrow();
  }

  @Test
  void profit_marginShiftSwing_isTheShiftTimesHorizonRevenueOnTheSameDraws() {
    Scenario base = tiny().build();
    Sensitivity s = Sensitivity.run(base, SensitivityMeasure.PROFIT, runs(2));
    Outcome o = runs(2).run(List.of(base)).get(0);
    Sensitivity.Row margin = row(s, SensitivityParameter.PORTFOLIO_MARGIN_SHIFT);
    // Profit per active month is X(t) m(t) - costs; the revenue paths do not read the margin, so on the same
    // draws each trial's profit moves by exactly (high - low) x its horizon revenue (no margin is clipped).
    double shift = margin.high() - margin.low();
    assertThat(shift).isEqualTo(0.04, within(1e-15));
    assertThat(margin.swing()).isCloseTo(shift * o.revenue().mean(), within(1e-9 * shift * o.revenue().mean()));
    // Against the contract's expected horizon revenue: within 4 standard errors of the mean revenue, x shift.
    double expected = 0;
    for (Account a : base.portfolio().accounts()) {
      Coverage c = a.key() ? Coverage.KEPT : Coverage.STANDARD;
      expected += Expected.plain(a, c, base.program(), MONTHS, RHO, BETA, PHI).revenue();
    }
    assertThat(margin.swing()).isCloseTo(shift * expected, within(4 * shift * o.revenue().stderr()));
  }

  @Test
  void profit_kamCostSwing_isHeadcountTimesCostRangeTimesYears() {
    Scenario base = tiny().build();
    Sensitivity s = Sensitivity.run(base, SensitivityMeasure.PROFIT, runs(2));
    Sensitivity.Row cost = row(s, SensitivityParameter.KAM_COST_PER_KAM);
    // The KAM cost k x cost_per_kam / 12 is paid every month whatever survives: profit falls by exactly
    // k x (high - low) x T / 12 in every trial. Defaults: 150,000 x 0.5 and x 1.5.
    assertThat(cost.low()).isEqualTo(75_000);
    assertThat(cost.high()).isEqualTo(225_000);
    double exact = base.plan().headcount() * (225_000 - 75_000) * MONTHS / 12.0;
    assertThat(base.plan().headcount()).isEqualTo(1);
    assertThat(cost.swing()).isCloseTo(exact, within(1e-9 * exact));
    assertThat(cost.valueLow()).isGreaterThan(cost.valueHigh());
  }

  @Test
  void inputsTheScenarioDoesNotUse_haveASwingOfExactlyZero() {
    Scenario base = tiny().build();
    Sensitivity s = Sensitivity.run(base, SensitivityMeasure.PROFIT, runs(2));
    // No key account of today is dropped: the demotion multiplier is read by no account.
    Sensitivity.Row demotion = row(s, SensitivityParameter.PROGRAM_DEMOTION_CHURN_MULTIPLIER);
    assertThat(demotion.low()).isNotEqualTo(demotion.high());
    assertThat(demotion.swing()).isEqualTo(0.0);
    assertThat(demotion.valueLow()).isEqualTo(demotion.valueBase());
    assertThat(demotion.stderrHigh()).isEqualTo(0.0);
    // KAMs never leave (attrition 0), so no vacancy ever starts: its length is never read.
    Sensitivity.Row vacancy = row(s, SensitivityParameter.KAM_VACANCY_MONTHS);
    assertThat(vacancy.low()).isEqualTo(2); // 3 x 0.5 = 1.5, rounded half up
    assertThat(vacancy.high()).isEqualTo(5); // 4.5 rounded half up
    assertThat(vacancy.swing()).isEqualTo(0.0);
    // Attrition 0 x 0.5 and x 1.5 is 0: not varied.
    Sensitivity.Row attrition = row(s, SensitivityParameter.KAM_ATTRITION);
    assertThat(attrition.low()).isEqualTo(0.0);
    assertThat(attrition.high()).isEqualTo(0.0);
    assertThat(attrition.swing()).isEqualTo(0.0);
  }

  @Test
  void noEffect_isSetForTheInputsTheScenarioDoesNotUse_andOnlyThem() {
    Sensitivity s = Sensitivity.run(tiny().build(), SensitivityMeasure.PROFIT, runs(2));
    // Unused: the demotion multiplier (nobody dropped), the vacancy (no attrition), the ramp (the key accounts
    // are today's, already ramped up; none is new to the program); and attrition, not varied (0 x 0.5 = 0 x 1.5).
    assertThat(row(s, SensitivityParameter.KAM_ATTRITION).high()).isZero();
    for (Sensitivity.Row r : s.rows()) {
      boolean unused = r.parameter() == SensitivityParameter.PROGRAM_DEMOTION_CHURN_MULTIPLIER
          || r.parameter() == SensitivityParameter.KAM_VACANCY_MONTHS
          || r.parameter() == SensitivityParameter.PROGRAM_RAMP_MONTHS
          || r.parameter() == SensitivityParameter.KAM_ATTRITION;
      assertThat(r.noEffect()).as(r.parameter().text()).isEqualTo(unused);
      assertThat(r.withinNoise()).as(r.parameter().text()).isFalse();
    }
    assertThat(s.dropped()).isZero();
  }

  @Test
  void same_comparesEveryTrial_notTheMean_andAllowsOnlyRounding() {
    // A U-shaped response or equal counts below a threshold: the same mean, not the same trials.
    assertThat(Sensitivity.same(new double[] {1, 0}, new double[] {0, 1}, new double[2])).isFalse();
    // The plan minus the status quo with a cost taken from both: (a - c) - (b - c) is a - b but for rounding.
    double a = 123_456_789.123;
    double b = 98_765_432.1;
    double c = 150_000.7;
    double[] tolerance = {Sensitivity.ROUNDING * (a + b)};
    assertThat(Sensitivity.same(new double[] {a - b}, new double[] {(a - c) - (b - c)}, tolerance)).isTrue();
    assertThat(Sensitivity.same(new double[] {a - b}, new double[] {a - b + 1}, tolerance)).isFalse();
  }

  @Test
  void withinNoise_needsBothChangesWithinTwoStandardErrors() {
    SensitivityParameter p = SensitivityParameter.PROGRAM_RAMP_MONTHS;
    assertThat(new Sensitivity.Row(p, 12, 6, 18, 100, 99, 98.5, 0.5, 1, false, false, 1).withinNoise()).isTrue();
    assertThat(new Sensitivity.Row(p, 12, 6, 18, 100, 98.9, 98.5, 0.5, 1, false, false, 1).withinNoise())
        .isFalse();
    assertThat(new Sensitivity.Row(p, 12, 6, 18, 100, 100, 100, 0, 0, true, false, 1).withinNoise()).isFalse();
    assertThat(new Sensitivity.Row(p, 12, 6, 18, 100, 99, 99, Double.NaN, Double.NaN, false, false, 1)
        .withinNoise()).isFalse();
  }

  @Test
  void incrementalProfit_planEqualToStatusQuo_hasNoSwingAtAll() {
    Sensitivity s = Sensitivity.run(tiny().build(), SensitivityMeasure.INCREMENTAL_PROFIT, runs(1));
    for (Sensitivity.Row r : s.rows()) {
      assertThat(r.swing()).as(r.parameter().text()).isEqualTo(0.0);
      assertThat(r.valueBase()).isEqualTo(0.0);
      assertThat(r.noEffect()).as(r.parameter().text()).isTrue();
    }
    // All ties: parameter order, ranks 1..15.
    for (int i = 0; i < s.rows().size(); i++) {
      assertThat(s.rows().get(i).parameter().ordinal()).isEqualTo(i);
      assertThat(s.rows().get(i).rank()).isEqualTo(i + 1);
    }
  }

  @Test
  void rows_areSortedBySwingDescending_withRanks() {
    Sensitivity s = Sensitivity.run(tiny().build(), SensitivityMeasure.PROFIT, runs(2));
    for (int i = 1; i < s.rows().size(); i++) {
      assertThat(s.rows().get(i).swing()).isLessThanOrEqualTo(s.rows().get(i - 1).swing());
      assertThat(s.rows().get(i).rank()).isEqualTo(i + 1);
    }
  }

  @Test
  void churnScale_clipsEachAccountBelowOne_andDefaultsStayInRange() {
    TestScenario t = tiny();
    t.add(TestScenario.full("H", "", "", 100_000, 0.3, 0, 0.8, 0, 0, Double.POSITIVE_INFINITY, 1, false));
    Scenario scaled = Variants.apply(t.build(), SensitivityParameter.PORTFOLIO_CHURN_SCALE, 1.5);
    assertThat(scaled.portfolio().get(3).churn()).isEqualTo(Math.nextDown(1.0));
    assertThat(scaled.portfolio().get(0).churn()).isEqualTo(0.1 * 1.5);
    assertThat(Variants.defaults(SensitivityParameter.KAM_ATTRITION, 0.8).high()).isEqualTo(Math.nextDown(1.0));
    assertThat(Variants.defaults(SensitivityParameter.FACTOR_PERSISTENCE, 0.9).high()).isEqualTo(1.0);
    assertThat(Variants.defaults(SensitivityParameter.PROGRAM_GROWTH_UPLIFT, -0.1).low()).isEqualTo(-0.1 * 1.5);
  }

  @Test
  void clipped_saysWhichRangesWereCutShort_notRounded() {
    TestScenario t = tiny();
    Scenario base = t.build();
    // Persistence 0.5: 0.25 and 0.75, not clipped; vacancy 3 months: 1.5 and 4.5 rounded to 2 and 5, not clipped.
    assertThat(Variants.clipped(base, SensitivityParameter.FACTOR_PERSISTENCE)).isFalse();
    assertThat(Variants.clipped(base, SensitivityParameter.KAM_VACANCY_MONTHS)).isFalse();
    assertThat(Variants.clipped(base, SensitivityParameter.PORTFOLIO_CHURN_SCALE)).isFalse();
    t.factor = new FactorModel(0.9, RHO, BETA); // 0.9 x 1.5 = 1.35 runs at 1
    assertThat(Variants.clipped(t.build(), SensitivityParameter.FACTOR_PERSISTENCE)).isTrue();
    t.add(TestScenario.full("H", "", "", 100_000, 0.3, 0, 0.8, 0, 0, Double.POSITIVE_INFINITY, 1, false));
    assertThat(Variants.clipped(t.build(), SensitivityParameter.PORTFOLIO_CHURN_SCALE)).isTrue(); // 0.8 x 1.5
  }

  @Test
  void roundHalfUp_roundsHalvesUp() {
    assertThat(Variants.roundHalfUp(1.5)).isEqualTo(2);
    assertThat(Variants.roundHalfUp(4.5)).isEqualTo(5);
    assertThat(Variants.roundHalfUp(4.49)).isEqualTo(4);
  }

  @Test
  void varStandardError_needsTwoBatchesOfAHundredTrials() {
    assertThat(Sensitivity.batches(199)).isEqualTo(1);
    assertThat(Sensitivity.batchStderr(new double[199], new double[199])).isNaN();
    assertThat(Sensitivity.batches(10_000)).isEqualTo(20);
  }
}
