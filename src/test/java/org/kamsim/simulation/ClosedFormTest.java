package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Program;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;
import org.junit.jupiter.api.Test;

/**
 * Simulated means against the contract's closed forms.
 *
 * <p>Tolerance: K = 4 standard errors of the simulated mean. A sample mean of 20,000 trials is normal to
 * a very good approximation, so each check fails by chance with probability 2(1 - Phi(4)) = 6.3e-5; the
 * dozen checks here together below 0.1%. The seeds are fixed, so a pass is reproducible; a model error of
 * the size these tests look for (a wrong ramp, a missed shock month) moves the mean by tens of standard
 * errors.
 */
public class ClosedFormTest {
  private static final double K = 4;
  private static final FactorModel FACTOR = new FactorModel(0.9, 0.15, 0.2);

  @Test
  void standardAccounts_withCorrelatedFactor_meansMatchClosedForm() {
    TestScenario s = new TestScenario();
    s.factor = FACTOR;
    s.add(TestScenario.full("A", "", "", 12e6, 0.30, 240_000, 0.10, 0.05, 0.25,
        Double.POSITIVE_INFINITY, 1, false));
    s.add(TestScenario.full("B", "", "", 6e6, 0.25, 100_000, 0.20, -0.03, 0.40,
        Double.POSITIVE_INFINITY, 1, false));
    s.add(TestScenario.full("C", "", "", 3e6, 0.40, 50_000, 0.05, 0.10, 0.10,
        Double.POSITIVE_INFINITY, 1, false));
    s.add(TestScenario.full("D", "", "", 1e6, 0.35, 20_000, 0.30, 0.00, 0.0,
        Double.POSITIVE_INFINITY, 1, false));
    SimulationResult r = s.run(2);

    double revenue = 0;
    double profit = 0;
    double lost = 0;
    for (Account a : s.accounts) {
      Expected e = Expected.plain(a, Coverage.STANDARD, s.program, s.horizon, 0.15, 0.2, 0.9);
      revenue += e.revenue();
      profit += e.profit();
      lost += e.lostProbability();
    }
    assertThat(r.revenue().mean()).isCloseTo(revenue, within(K * r.revenue().stderr()));
    assertThat(r.profit().mean()).isCloseTo(profit, within(K * r.profit().stderr()));
    assertThat(r.accountsLostMean()).isCloseTo(lost, within(K * stderr(r.accountsLostByTrial())));
  }

  @Test
  void keptElevatedAndDemotedAccounts_withRamp_meansMatchClosedForm() {
    TestScenario s = programScenario();
    SimulationResult r = s.run(2);

    Coverage[] coverage = {Coverage.KEPT, Coverage.DEMOTED, Coverage.ELEVATED, Coverage.ELEVATED,
        Coverage.STANDARD};
    double revenue = 0;
    double profit = 0;
    double lost = 0;
    for (int i = 0; i < coverage.length; i++) {
      Expected e = Expected.plain(s.accounts.get(i), coverage[i], s.program, s.horizon, 0.15, 0.2, 0.9);
      revenue += e.revenue();
      profit += e.profit();
      lost += e.lostProbability();
    }
    profit -= 2 * s.costPerKam * s.horizon / 12;
    assertThat(r.plan().kams()).isEqualTo(2);
    assertThat(r.revenue().mean()).isCloseTo(revenue, within(K * r.revenue().stderr()));
    assertThat(r.profit().mean()).isCloseTo(profit, within(K * r.profit().stderr()));
    assertThat(r.accountsLostMean()).isCloseTo(lost, within(K * stderr(r.accountsLostByTrial())));
  }

  @Test
  void incrementalProfit_isPairedAndMatchesClosedFormDifference() {
    TestScenario s = programScenario();
    SimulationResult r = s.run(2);

    Coverage[] plan = {Coverage.KEPT, Coverage.DEMOTED, Coverage.ELEVATED, Coverage.ELEVATED,
        Coverage.STANDARD};
    Coverage[] statusQuo = {Coverage.KEPT, Coverage.KEPT, Coverage.STANDARD, Coverage.STANDARD,
        Coverage.STANDARD};
    double difference = 0;
    for (int i = 0; i < plan.length; i++) {
      Account a = s.accounts.get(i);
      difference += Expected.plain(a, plan[i], s.program, s.horizon, 0.15, 0.2, 0.9).profit()
          - Expected.plain(a, statusQuo[i], s.program, s.horizon, 0.15, 0.2, 0.9).profit();
    }
    // Plan: 2 KAMs (load 1.5 + 2 + 1 = 4.5 over capacity 4); status quo: 1 KAM (load 1.5 + 1).
    difference -= (2 - 1) * s.costPerKam * s.horizon / 12;
    PlanFigures p = r.plan();
    assertThat(p.statusQuoKams()).isEqualTo(1);
    assertThat(p.incrementalProfitMean()).isCloseTo(difference, within(K * p.incrementalProfitStderr()));
    // Common random numbers: the paired standard error is far below that of two independent means.
    double unpaired = Math.hypot(r.profit().stderr(), r.statusQuoProfit().stderr());
    assertThat(p.incrementalProfitStderr()).isLessThan(0.5 * unpaired);
    assertThat(p.incrementalProfitCi95Low()).isLessThan(p.incrementalProfitMean());
    assertThat(p.incrementalProfitCi95High()).isGreaterThan(p.incrementalProfitMean());
  }

  @Test
  void planEqualToStatusQuo_hasZeroIncrement_paybackNotApplicable() {
    TestScenario s = programScenario();
    s.planKey = List.of("K1", "K2");
    s.headcount = 1;
    SimulationResult r = s.run(1);
    assertThat(r.plan().incrementalProfitMean()).isZero();
    assertThat(r.plan().incrementalProfitStderr()).isZero();
    // MODEL.md: payback is "not applicable" for the status quo itself: null, with same_as_status_quo.
    assertThat(r.plan().sameAsStatusQuo()).isTrue();
    assertThat(r.plan().paybackMonth()).isEmpty();
    assertThat(r.plan().madeKey()).isEmpty();
    assertThat(r.plan().dropped()).isEmpty();
  }

  @Test
  void everyShockKindAndSelector_meansMatchClosedForm() {
    TestScenario s = new TestScenario();
    s.factor = FACTOR;
    s.program = new Program(0.5, 0.06, 6, 0.03, 24_000, 1.5);
    s.add(TestScenario.full("A", "Retail", "North", 20e6, 0.30, 200_000, 0.10, 0.04, 0.2,
        Double.POSITIVE_INFINITY, 1, false));
    s.add(TestScenario.full("B", "Retail", "South", 8e6, 0.25, 80_000, 0.15, 0.02, 0.3,
        Double.POSITIVE_INFINITY, 1, false));
    s.add(TestScenario.full("C", "Tech", "North", 5e6, 0.40, 60_000, 0.08, 0.06, 0.15,
        Double.POSITIVE_INFINITY, 1, false));
    s.add(TestScenario.full("D", "Tech", "South", 4e6, 0.35, 40_000, 0.12, 0.03, 0.25,
        Double.POSITIVE_INFINITY, 1, true));
    s.add(TestScenario.full("E", "Public", "South", 2e6, 0.20, 30_000, 0.20, 0.00, 0.2,
        Double.POSITIVE_INFINITY, 1, false));
    s.planKey = List.of("D", "E");
    s.shocks.add(new Shock.Lose(new Selector.Top(1), 6));
    s.shocks.add(new Shock.ChurnShock(2.0, new Selector.Segment("Retail"), 1, 12));
    s.shocks.add(new Shock.GrowthShock(0.10, new Selector.Region("North"), 13, 24));
    s.shocks.add(new Shock.MarginShock(-0.05, new Selector.Key(), 1, 36));
    s.shocks.add(new Shock.GrowthShock(-0.02, new Selector.Standard(), 1, 36));
    s.shocks.add(new Shock.MarginShock(0.01, new Selector.All(), 25, 36));
    s.shocks.add(new Shock.ChurnShock(3.0, new Selector.Ids(List.of("E")), 30, 36));
    SimulationResult r = s.run(2);

    int t = s.horizon;
    double[] retailChurn = window(t, 1, 12, 2.0, 1.0);
    double[] northGrowth = window(t, 13, 24, 0.10, 0);
    double[] standardGrowth = window(t, 1, 36, -0.02, 0);
    double[] allMargin = window(t, 25, 36, 0.01, 0);
    double[] keyMargin = add(window(t, 1, 36, -0.05, 0), allMargin);
    double[] eChurn = window(t, 30, 36, 3.0, 1.0);
    Expected a = Expected.of(s.accounts.get(0), Coverage.STANDARD, s.program, t, 0.15, 0.2, 0.9,
        retailChurn, add(northGrowth, standardGrowth), allMargin, 6);
    Expected b = Expected.of(s.accounts.get(1), Coverage.STANDARD, s.program, t, 0.15, 0.2, 0.9,
        retailChurn, standardGrowth, allMargin, Integer.MAX_VALUE);
    Expected c = Expected.of(s.accounts.get(2), Coverage.STANDARD, s.program, t, 0.15, 0.2, 0.9,
        null, add(northGrowth, standardGrowth), allMargin, Integer.MAX_VALUE);
    Expected d = Expected.of(s.accounts.get(3), Coverage.KEPT, s.program, t, 0.15, 0.2, 0.9,
        null, null, keyMargin, Integer.MAX_VALUE);
    Expected e = Expected.of(s.accounts.get(4), Coverage.ELEVATED, s.program, t, 0.15, 0.2, 0.9,
        eChurn, null, keyMargin, Integer.MAX_VALUE);
    List<Expected> all = List.of(a, b, c, d, e);
    double revenue = all.stream().mapToDouble(Expected::revenue).sum();
    double profit = all.stream().mapToDouble(Expected::profit).sum() - 1 * s.costPerKam * t / 12;
    double lost = all.stream().mapToDouble(Expected::lostProbability).sum();

    assertThat(r.revenue().mean()).isCloseTo(revenue, within(K * r.revenue().stderr()));
    assertThat(r.profit().mean()).isCloseTo(profit, within(K * r.profit().stderr()));
    assertThat(r.accountsLostMean()).isCloseTo(lost, within(K * stderr(r.accountsLostByTrial())));
    // The top account is lost for certain at month 6: it earns in months 1..5 only.
    assertThat(r.accounts().get(0).probabilityLost()).isEqualTo(1.0);
    assertThat(r.periods().get(5).activeAccountsMean()).isLessThanOrEqualTo(4.0);
  }

  @Test
  void esContributions_addUpToRevenueExpectedShortfall() {
    TestScenario s = programScenario();
    SimulationResult r = s.run(2);
    double sum = r.accounts().stream().mapToDouble(AccountOutcome::esContribution).sum();
    assertThat(sum).isCloseTo(r.revenueAtRisk().es95(), within(1e-9 * r.revenue().mean()));
    assertThat(r.accounts().get(0).esContribution()).isPositive();
  }

  /** Kept K1, demoted K2, elevated E1 and E2 (ramp 12), standard S1; 2 KAMs; correlated factor. */
  public static TestScenario programScenario() {
    TestScenario s = new TestScenario();
    s.factor = FACTOR;
    s.program = new Program(0.4, 0.08, 12, 0.03, 20_000, 1.5);
    s.add(TestScenario.full("K1", "", "", 15e6, 0.30, 150_000, 0.12, 0.03, 0.2,
        Double.POSITIVE_INFINITY, 1.5, true));
    s.add(TestScenario.full("K2", "", "", 5e6, 0.28, 60_000, 0.15, 0.02, 0.3,
        Double.POSITIVE_INFINITY, 1, true));
    s.add(TestScenario.full("E1", "", "", 8e6, 0.35, 90_000, 0.20, 0.05, 0.25,
        Double.POSITIVE_INFINITY, 2, false));
    s.add(TestScenario.full("E2", "", "", 3e6, 0.32, 30_000, 0.25, 0.01, 0.0,
        Double.POSITIVE_INFINITY, 1, false));
    s.add(TestScenario.full("S1", "", "", 2e6, 0.25, 20_000, 0.10, 0.00, 0.2,
        Double.POSITIVE_INFINITY, 1, false));
    s.planKey = List.of("K1", "E1", "E2");
    return s;
  }

  static double[] window(int months, int from, int to, double inside, double outside) {
    double[] out = new double[months];
    for (int t = 0; t < months; t++) {
      out[t] = t + 1 >= from && t + 1 <= to ? inside : outside;
    }
    return out;
  }

  static double[] add(double[] x, double[] y) {
    double[] out = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      out[t] = x[t] + y[t];
    }
    return out;
  }

  static double stderr(double[] values) {
    return Stats.standardError(values);
  }
}
