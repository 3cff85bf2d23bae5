package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Program;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;
import org.junit.jupiter.api.Test;

class CapAndReproducibilityTest {

  @Test
  void potential_capsDeterministicPathAndCarriesForward() {
    TestScenario s = new TestScenario();
    s.trials = 200;
    s.add(TestScenario.full("A", "", "", 1.2e6, 0.3, 0, 0.0, 0.30, 0.0, 1.32e6, 1, false));
    SimulationResult r = s.run(1);
    double cap = 1.32e6 / 12;
    double x = 1.2e6 / 12;
    for (Period p : r.periods()) {
      x = Math.min(x * Math.pow(1.30, 1.0 / 12), cap);
      assertThat(p.revenueMean()).isCloseTo(x, within(1e-9 * x));
    }
    // 1.3^(t/12) passes 1.1 in month 5 (1.3^(4/12) = 1.0914, 1.3^(5/12) = 1.1154): capped from then on.
    assertThat(r.periods().get(3).revenueMean()).isLessThan(cap);
    assertThat(r.periods().get(4).revenueMean()).isEqualTo(cap);
    assertThat(r.periods().get(35).revenueMean()).isEqualTo(cap);
  }

  @Test
  void potential_isNeverExceededWithVolatility() {
    TestScenario s = new TestScenario();
    s.trials = 5_000;
    s.factor = new FactorModel(0.9, 0.1, 0.3);
    s.add(TestScenario.full("A", "", "", 1.2e6, 0.3, 0, 0.0, 0.0, 0.5, 1.2e6, 1, false));
    SimulationResult r = s.run(2);
    for (Period p : r.periods()) {
      assertThat(p.revenueP95()).isLessThanOrEqualTo(1.2e6 / 12);
    }
    // Month 1: X(1) = x0 exp(mu + s eta) exceeds the cap x0 iff eta > s/2 (growth 0), which has
    // probability Phi(-0.072) = 0.47, so the upper quartile and P95 sit exactly at the cap, the lower
    // quartile below it, and the mean below it.
    Period first = r.periods().get(0);
    assertThat(first.revenueP75()).isEqualTo(1.2e6 / 12);
    assertThat(first.revenueP95()).isEqualTo(1.2e6 / 12);
    assertThat(first.revenueP25()).isLessThan(1.2e6 / 12);
    assertThat(first.revenueMean()).isLessThan(1.2e6 / 12);
  }

  @Test
  void results_areBitIdenticalForOneTwoAndEightThreads() {
    TestScenario s = ClosedFormTest.programScenario();
    s.trials = 3_500; // four blocks, the last one partial
    s.attrition = 0.2;
    s.shocks.add(new Shock.ChurnShock(1.5, new Selector.All(), 3, 9));
    s.shocks.add(new Shock.Lose(new Selector.Ids(List.of("S1")), 20));
    SimulationResult one = s.run(1);
    for (int threads : new int[] {2, 8}) {
      SimulationResult many = s.run(threads);
      assertThat(many.revenueByTrial()).isEqualTo(one.revenueByTrial());
      assertThat(many.profitByTrial()).isEqualTo(one.profitByTrial());
      assertThat(many.revenue()).isEqualTo(one.revenue());
      assertThat(many.profit()).isEqualTo(one.profit());
      assertThat(many.revenueAtRisk()).isEqualTo(one.revenueAtRisk());
      assertThat(many.plan()).isEqualTo(one.plan());
      assertThat(many.periods()).isEqualTo(one.periods());
      assertThat(many.accounts()).isEqualTo(one.accounts());
    }
  }

  @Test
  void differentSeeds_giveDifferentTrials() {
    TestScenario s = ClosedFormTest.programScenario();
    s.trials = 1_000;
    double[] a = s.run(1).revenueByTrial();
    s.seed = 8;
    assertThat(s.run(1).revenueByTrial()).isNotEqualTo(a);
  }

  @Test
  void programWithoutEffect_changesOnlyCosts() {
    // churn_multiplier 1, no uplift: key accounts behave as standard ones, so the plan's revenue equals
    // the status quo's trial by trial (same draws), and profit differs only by discount and overhead.
    TestScenario s = ClosedFormTest.programScenario();
    s.program = new Program(1.0, 0.0, 12, 0.0, 0, 1.0);
    s.costPerKam = 0;
    s.trials = 2_000;
    SimulationResult r = s.run(2);
    assertThat(r.revenue()).isEqualTo(r.statusQuoRevenue());
    assertThat(r.plan().incrementalProfitMean()).isZero();
  }
}
