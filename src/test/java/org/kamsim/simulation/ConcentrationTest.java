package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamsim.model.Account;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;

/**
 * The articles' concentration figures on a hand-made portfolio whose expected profit is known: no churn, no
 * growth and no volatility, so each account earns, every month, {@code (revenue * margin - cost_to_serve -
 * [key] * overhead) / 12} (MODEL.md, "Profit") in every trial, and the simulated expected profit has no noise.
 */
class ConcentrationTest {
  private static final int MONTHS = 12;
  private static final double OVERHEAD = 24_000;

  /** Revenues add up to 1,000,000: shares are exact; A2 sits at exactly 10% and A6 at exactly 1%. */
  private static TestScenario portfolio() {
    TestScenario s = new TestScenario();
    s.horizon = MONTHS;
    s.trials = 200;
    s.program = new Program(1, 0, 0, 0, OVERHEAD, 1);
    s.add(account("A1", 300_000, 0.40, 20_000, true)).add(account("A2", 100_000, 0.30, 10_000, true))
        .add(account("A3", 250_000, 0.20, 5_000, false)).add(account("A4", 200_000, 0.25, 4_000, false))
        .add(account("A5", 130_000, 0.30, 3_000, false)).add(account("A6", 10_000, 0.30, 1_000, false))
        .add(account("A7", 5_000, 0.30, 500, false)).add(account("A8", 5_000, 0.10, 2_000, false));
    return s;
  }

  private static Account account(String id, double revenue, double margin, double costToServe, boolean key) {
    return TestScenario.full(id, "S", "R", revenue, margin, costToServe, 0, 0, 0, Double.POSITIVE_INFINITY, 1,
        key);
  }

  @Test
  void concentration_handMadePortfolio_articleFiguresExact() {
    TestScenario s = portfolio();
    Concentration c = s.run(2).concentration();

    // Key today: A1 and A2, 400,000 of 1,000,000.
    assertThat(c.keyShareToday()).isEqualTo(0.4);
    // Strictly above 10%: A1 (30%), A3 (25%), A4 (20%), A5 (13%); A2 at exactly 10% is not.
    assertThat(c.accountsAbove10Pct()).isEqualTo(4);
    // Strictly below 1%: A7 and A8 (0.5% each); A6 at exactly 1% is not.
    assertThat(c.accountsBelow1Pct()).isEqualTo(2);

    double[] profit = new double[s.accounts.size()];
    for (int i = 0; i < profit.length; i++) {
      Account a = s.accounts.get(i);
      profit[i] = MONTHS * (a.revenue() * a.margin() - a.costToServe() - (a.key() ? OVERHEAD : 0)) / 12;
    }
    double[] sorted = profit.clone();
    Arrays.sort(sorted);
    double total = Arrays.stream(profit).sum();
    // ceil(0.2 * 8) = 2 accounts: the two largest expected profits (A1: 76,000 and A4: 46,000).
    double expected = (sorted[sorted.length - 1] + sorted[sorted.length - 2]) / total;
    assertThat(sorted[sorted.length - 1]).isEqualTo(76_000);
    assertThat(sorted[sorted.length - 2]).isEqualTo(46_000);
    // No randomness: the engine's monthly sums over 200 trials may differ from the closed form by rounding only.
    assertThat(c.profitTop20Share()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void profitTop20Share_someAccountsLoseMoney_isShareOfTheSumAndExceedsOne() {
    Portfolio p = new Portfolio(List.of(account("A", 100, 0.5, 0, false), account("B", 100, 0.5, 0, false),
        account("C", 100, 0.5, 0, false)), List.of());
    // ceil(0.2 * 3) = 1 account: A's 100 of a sum of 100 + 20 - 40 = 80.
    assertThat(Concentration.of(p, new double[] {100, 20, -40}).profitTop20Share()).isEqualTo(100.0 / 80);
    // The sum is not positive: no share.
    assertThat(Concentration.of(p, new double[] {10, -5, -5}).profitTop20Share()).isNaN();
  }

  @Test
  void counts_oneAccount_isAboveTenPercentAndItsOwnTopFifth() {
    Portfolio p = new Portfolio(List.of(account("A", 100, 0.5, 0, true)), List.of());
    Concentration c = Concentration.of(p, new double[] {7});
    assertThat(c.accountsAbove10Pct()).isEqualTo(1);
    assertThat(c.accountsBelow1Pct()).isZero();
    assertThat(c.keyShareToday()).isEqualTo(1);
    assertThat(c.profitTop20Share()).isEqualTo(1);
  }
}
