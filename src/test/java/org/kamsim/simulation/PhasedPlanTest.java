package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.kamsim.model.Account;
import org.kamsim.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * A phased plan's simulated means against the contract's closed form (MODEL.md, "Phased plans"): each
 * account's expected monthly revenue times its survival, with the coverage clock, discount and overhead
 * from the month it joins and the demotion penalty from the month it leaves, plus the KAM cost of each
 * month's headcount.
 *
 * <p>Tolerance: K = 4 standard errors of the simulated mean (20,000 trials, so the mean is normal to a very
 * good approximation): each check fails by chance with probability 6.3e-5. A phase applied a month early or
 * late, or a ramp that does not restart at the join, moves these means by far more.
 */
class PhasedPlanTest {
  private static final double K = 4;

  /**
   * K1 key today, kept, demoted in month 19; K2 key today, out from month 1; E1 joins in month 7 and is
   * demoted in month 25; E2 joins in month 13; S1 stays standard. Headcount 2, 3 from month 7, 2 from 19.
   */
  static TestScenario phasedScenario() {
    // The closed-form test's portfolio and program, with a phased plan over it.
    TestScenario s = ClosedFormTest.programScenario();
    s.planKey = List.of("K1");
    s.headcount = 2;
    s.changes = List.of(
        new Plan.Change(7, List.of("E1"), List.of(), 3),
        new Plan.Change(13, List.of("E2"), List.of(), 3),
        new Plan.Change(19, List.of(), List.of("K1"), 2),
        new Plan.Change(25, List.of(), List.of("E1"), 2));
    return s;
  }

  /** The month each account (K1, K2, E1, E2, S1) joins the key set; horizon + 1 for never. */
  private static int[] join(TestScenario s) {
    int never = s.horizon + 1;
    return new int[] {1, never, 7, 13, never};
  }

  /** The month each account leaves the key set; horizon + 1 for never. */
  private static int[] leave(TestScenario s) {
    int never = s.horizon + 1;
    return new int[] {19, never, 25, never, never};
  }

  @Test
  void phasedPlan_revenueAndProfitMatchClosedForm() {
    TestScenario s = phasedScenario();
    SimulationResult r = s.run(2);

    int[] join = join(s);
    int[] leave = leave(s);
    double revenue = 0;
    double profit = 0;
    for (int i = 0; i < join.length; i++) {
      Account a = s.accounts.get(i);
      Expected e = Expected.phased(a, join[i], leave[i], s.program, s.horizon, 0.15, 0.2, 0.9);
      revenue += e.revenue();
      profit += e.profit();
    }
    // KAMs: 2 in months 1-6, 3 in months 7-18, 2 in months 19-36.
    double kamMonths = 2 * 6 + 3 * 12 + 2 * 18;
    profit -= kamMonths * s.costPerKam / 12;
    assertThat(r.revenue().mean()).isCloseTo(revenue, within(K * r.revenue().stderr()));
    assertThat(r.profit().mean()).isCloseTo(profit, within(K * r.profit().stderr()));
    assertThat(r.plan().sameAsStatusQuo()).isFalse();
  }

  @Test
  void phasedPlan_incrementalProfitMatchesClosedFormDifference() {
    TestScenario s = phasedScenario();
    SimulationResult r = s.run(2);

    int[] join = join(s);
    int[] leave = leave(s);
    double difference = 0;
    for (int i = 0; i < join.length; i++) {
      Account a = s.accounts.get(i);
      Coverage statusQuo = a.key() ? Coverage.KEPT : Coverage.STANDARD;
      difference += Expected.phased(a, join[i], leave[i], s.program, s.horizon, 0.15, 0.2, 0.9).profit()
          - Expected.plain(a, statusQuo, s.program, s.horizon, 0.15, 0.2, 0.9).profit();
    }
    // Status quo: K1 and K2 (load 2.5) with 1 KAM all horizon.
    difference -= (2 * 6 + 3 * 12 + 2 * 18 - 36) * s.costPerKam / 12;
    PlanFigures p = r.plan();
    assertThat(p.incrementalProfitMean()).isCloseTo(difference, within(K * p.incrementalProfitStderr()));
  }

  @Test
  void phasedPlan_withAttrition_isIdenticalOnAnyThreadCount() {
    TestScenario s = phasedScenario();
    s.attrition = 0.2;
    s.trials = 2_000;
    SimulationResult one = s.run(1);
    SimulationResult two = s.run(2);
    assertThat(two.profit().mean()).isEqualTo(one.profit().mean());
    assertThat(two.plan().programCostMean()).isEqualTo(one.plan().programCostMean());
  }
}
