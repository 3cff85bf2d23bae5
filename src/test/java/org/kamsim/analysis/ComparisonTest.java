package org.kamsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Scenario;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;
import org.kamsim.simulation.Coverage;
import org.kamsim.simulation.Expected;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.ShockEffect;
import org.kamsim.simulation.SimulationResult;
import org.kamsim.simulation.Simulator;
import org.kamsim.simulation.TestScenario;
import org.kamsim.simulation.TestWorkers;

/**
 * A comparison's paired changes, and {@code simulate}'s {@code shock_impact}, against the contract's closed
 * form: two scenarios that differ only by the certain loss of one account at month 6 differ in expectation
 * by exactly that account's expected revenue and profit from month 6 on (expected revenue adds over
 * accounts, and every other account sees the same draws in both runs).
 *
 * <p>Tolerance: 4 paired standard errors. The paired mean of 20,000 trials is normal to a very good
 * approximation, so each check fails by chance with probability 2(1 - Phi(4)) = 6.3e-5; the seed is fixed,
 * so a pass is reproducible. A wrong loss month or an unpaired difference moves the mean by many of them.
 */
class ComparisonTest {
  private static final double K = 4;
  private static final double RHO = 0.15;
  private static final double BETA = 0.2;
  private static final double PHI = 0.9;
  private static final String LOST = "A07";
  private static final int MONTH = 6;

  /** Ten standard accounts with volatility and no potential (no cap), on a correlated factor. */
  private static TestScenario portfolio() {
    TestScenario s = new TestScenario();
    s.factor = new FactorModel(PHI, RHO, BETA);
    for (int i = 1; i <= 10; i++) {
      s.add(TestScenario.full(String.format("A%02d", i), "", "", 12e6 / i, 0.2 + 0.02 * i, 20_000 * i,
          0.04 + 0.02 * (i % 4), -0.02 + 0.01 * (i % 5), 0.15 + 0.03 * (i % 4), Double.POSITIVE_INFINITY, 1,
          false));
    }
    return s;
  }

  private static Expected expected(TestScenario s, Account a, int lossMonth) {
    return Expected.of(a, Coverage.STANDARD, s.program, s.horizon, RHO, BETA, PHI, null, null, null, lossMonth);
  }

  @Test
  void lossOfOneAccount_pairedChangeMatchesClosedForm_andIsFarTighterThanUnpaired() {
    TestScenario s = portfolio();
    Scenario base = s.build();
    Scenario other = base.withShocks(List.of(new Shock.Lose(new Selector.Ids(List.of(LOST)), MONTH)));
    Account lost = s.accounts.get(6);
    double revenueChange = expected(s, lost, MONTH).revenue() - expected(s, lost, Integer.MAX_VALUE).revenue();
    double profitChange = expected(s, lost, MONTH).profit() - expected(s, lost, Integer.MAX_VALUE).profit();

    List<Outcome> outcomes = new Runs(TestWorkers.of(2), ProgressListener.NONE).run(List.of(base, other));
    Comparison c = Comparison.of(outcomes);
    Comparison.Entry e = c.entries().get(1);

    assertThat(e.paired()).isTrue();
    assertThat(c.base().revenueChange().mean()).isZero();
    assertThat(c.base().revenueChange().stderr()).isZero();
    assertThat(e.revenueChange().mean()).isCloseTo(revenueChange, within(K * e.revenueChange().stderr()));
    assertThat(e.profitChange().mean()).isCloseTo(profitChange, within(K * e.profitChange().stderr()));
    // Common random numbers: only the lost account's revenue differs per trial, a small part of the
    // portfolio's spread, which two independent samples would both carry.
    Difference unpairedRevenue = Difference.unpaired(outcomes.get(0).revenueByTrial(),
        outcomes.get(1).revenueByTrial());
    Difference unpairedProfit = Difference.unpaired(outcomes.get(0).profitByTrial(),
        outcomes.get(1).profitByTrial());
    assertThat(e.revenueChange().stderr()).isLessThan(0.25 * unpairedRevenue.stderr());
    assertThat(e.profitChange().stderr()).isLessThan(0.25 * unpairedProfit.stderr());
    // A certain loss only ever takes revenue away.
    assertThat(e.revenueChange().probabilityLower()).isGreaterThan(0.9);
  }

  @Test
  void shockImpactOfSimulate_matchesTheSameClosedForm() {
    TestScenario s = portfolio();
    s.shocks.add(new Shock.Lose(new Selector.Ids(List.of(LOST)), MONTH));
    Account lost = s.accounts.get(6);
    double revenueLoss = expected(s, lost, Integer.MAX_VALUE).revenue() - expected(s, lost, MONTH).revenue();
    double profitLoss = expected(s, lost, Integer.MAX_VALUE).profit() - expected(s, lost, MONTH).profit();

    SimulationResult r = new Simulator(TestWorkers.of(2), ProgressListener.NONE).run(s.build());
    ShockEffect effect = r.shockEffect().orElseThrow();

    assertThat(effect.revenueLoss().mean()).isCloseTo(revenueLoss, within(K * effect.revenueLoss().stderr()));
    assertThat(effect.profitLoss().mean()).isCloseTo(profitLoss, within(K * effect.profitLoss().stderr()));
    assertThat(effect.revenueLoss().stderr()).isLessThan(0.25
        * Difference.unpaired(r.revenueByTrial(), effect.revenueWithoutShocksByTrial()).stderr());
  }

  @Test
  void differentSeeds_areUnpaired_withQuadratureStderrAndNoPerTrialFigures() {
    Scenario base = portfolio().build();
    Scenario other = base.withSeed(base.seed() + 1);
    List<Outcome> outcomes = new Runs(TestWorkers.of(2), ProgressListener.NONE).run(List.of(base, other));
    Comparison.Entry e = Comparison.of(outcomes).entries().get(1);

    assertThat(e.paired()).isFalse();
    assertThat(e.unpairedBecause()).contains("the seeds differ (7 and 8)");
    assertThat(e.revenueChange().p05()).isNaN();
    assertThat(e.revenueChange().probabilityLower()).isNaN();
    assertThat(e.revenueChange().stderr()).isCloseTo(Math.hypot(outcomes.get(0).revenue().stderr(),
        outcomes.get(1).revenue().stderr()), within(1e-9 * e.revenueChange().stderr()));
  }
}
