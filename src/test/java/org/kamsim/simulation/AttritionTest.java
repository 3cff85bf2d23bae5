package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Plan;
import org.kamsim.model.Program;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * KAM attrition against an exact Markov chain over the KAM's state (in place with c months covered, or
 * vacant with k months to go), written from MODEL.md's rule: a departure (monthly hazard
 * {@code 1 - (1 - attrition)^(1/12)}) removes the churn and growth effects for {@code vacancy_months},
 * then the ramp restarts from 0 with the new KAM. With zero volatility, expected revenue of month t is
 * {@code revenue/12 * E[1{alive at t} prod_u (1 + g(r_u))^(1/12)]}, which the chain computes exactly.
 *
 * <p>Tolerance: K = 4 standard errors (see {@link ClosedFormTest}); 20 identical accounts per trial so
 * the mean is precise, with the standard error taken from the per-trial totals (which includes their
 * correlation through the factor).
 */
class AttritionTest {
  private static final double K = 4;
  private static final int COPIES = 20;

  @ParameterizedTest(name = "keyToday={0} vacancy={1}")
  @CsvSource({"true, 3", "false, 3", "false, 0", "true, 0"})
  void attrition_matchesExactMarkovChain(boolean keyToday, int vacancy) {
    TestScenario s = copies(keyToday, vacancy);
    s.planKey = ids();
    SimulationResult r = s.run(2);

    double[] exact = chain(0.25, 0.02, 0.3, 0.10, 6, 0.4, vacancy, 36, keyToday, 1.2e6 / 12);
    assertThat(r.revenue().mean()).isCloseTo(COPIES * exact[0], within(K * r.revenue().stderr()));
    double lost = r.accountsLostMean();
    assertThat(lost).isCloseTo(COPIES * (1 - exact[1]),
        within(K * Stats.standardError(r.accountsLostByTrial())));
    // And attrition matters: without it, the kept account would lose visibly less revenue.
    double[] none = chain(0.25, 0.02, 0.3, 0.10, 6, 0.0, vacancy, 36, keyToday, 1.2e6 / 12);
    assertThat(COPIES * none[0] - r.revenue().mean()).isGreaterThan(10 * r.revenue().stderr());
  }

  /**
   * A phased plan under attrition (MODEL.md, "Phased plans": attrition applies while an account is key):
   * standard accounts that all join in month 13 follow standard coverage for 12 months, then the chain
   * from a fresh KAM (t_cov = 1 in month 13), started from their expected survival and growth at month 12.
   */
  @ParameterizedTest(name = "vacancy={0}")
  @CsvSource({"3", "0"})
  void phasedJoin_underAttrition_matchesTheChainFromTheChangeMonth(int vacancy) {
    int join = 13;
    TestScenario s = copies(false, vacancy);
    s.planKey = List.of();
    s.headcount = 0;
    s.changes = List.of(new Plan.Change(join, ids(), List.of(), 1));
    SimulationResult r = s.run(2);

    double start = 1.2e6 / 12;
    double before = 0; // months 1..12 under standard coverage: survival (1 - p)^(t/12), growth (1 + g)^(t/12)
    for (int t = 1; t < join; t++) {
      before += start * Math.pow((1 - 0.25) * (1 + 0.02), t / 12.0);
    }
    double survivalAtJoin = Math.pow(1 - 0.25, (join - 1) / 12.0);
    double growthAtJoin = Math.pow(1 + 0.02, (join - 1) / 12.0);
    double[] after = chain(0.25, 0.02, 0.3, 0.10, 6, 0.4, vacancy, 36 - (join - 1), false,
        start * survivalAtJoin * growthAtJoin);
    assertThat(r.revenue().mean()).isCloseTo(COPIES * (before + after[0]), within(K * r.revenue().stderr()));
    assertThat(r.accountsLostMean()).isCloseTo(COPIES * (1 - survivalAtJoin * after[1]),
        within(K * Stats.standardError(r.accountsLostByTrial())));
  }

  /** COPIES identical accounts (churn 25%, growth 2%, no volatility), one KAM able to carry them all. */
  private static TestScenario copies(boolean keyToday, int vacancy) {
    TestScenario s = new TestScenario();
    s.factor = new FactorModel(0.9, 0.2, 0.2);
    s.program = new Program(0.3, 0.10, 6, 0.0, 0, 1.5);
    s.attrition = 0.4;
    s.vacancyMonths = vacancy;
    s.capacityPerKam = COPIES;
    for (int i = 0; i < COPIES; i++) {
      s.add(TestScenario.full("A" + i, "", "", 1.2e6, 0.3, 0, 0.25, 0.02, 0.0,
          Double.POSITIVE_INFINITY, 1, keyToday));
    }
    return s;
  }

  private static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < COPIES; i++) {
      ids.add("A" + i);
    }
    return ids;
  }

  @Test
  void noAttrition_equalsClosedFormOfRampedCoverage() {
    double[] chain = chain(0.25, 0.02, 0.3, 0.10, 6, 0.0, 3, 36, false, 1.2e6 / 12);
    Expected e = Expected.plain(TestScenario.full("A", "", "", 1.2e6, 0.3, 0, 0.25, 0.02, 0.0,
            Double.POSITIVE_INFINITY, 1, false), Coverage.ELEVATED,
        new Program(0.3, 0.10, 6, 0.0, 0, 1.5), 36, 0, 0, 0);
    assertThat(chain[0]).isCloseTo(e.revenue(), within(1e-6));
  }

  /**
   * Exact expected horizon revenue and survival to the horizon. States at the start of a month:
   * {@code in[c]}, KAM in place with c months covered before this month (capped at the ramp length);
   * {@code vac[k]}, a vacancy month with k vacancy months left including this one.
   */
  static double[] chain(double churn, double growth, double churnMultiplier, double uplift, int ramp,
      double attrition, int vacancy, int months, boolean kept, double startRevenue) {
    double h = 1 - Math.pow(1 - attrition, 1.0 / 12);
    double[] in = new double[ramp + 1];
    double[] vac = new double[vacancy + 1];
    double[] inAlive = new double[ramp + 1];
    double[] vacAlive = new double[vacancy + 1];
    in[kept ? ramp : 0] = 1;
    inAlive[kept ? ramp : 0] = 1;
    double revenue = 0;
    for (int t = 0; t < months; t++) {
      double[] in2 = new double[ramp + 1];
      double[] vac2 = new double[vacancy + 1];
      double[] inAlive2 = new double[ramp + 1];
      double[] vacAlive2 = new double[vacancy + 1];
      for (int c = 0; c <= ramp; c++) {
        double r = ramp == 0 ? 1 : Math.min(1, (c + 1.0) / ramp);
        int stay = Math.min(c + 1, ramp);
        double[] f = factors(churn, growth, churnMultiplier, uplift, r);
        in2[stay] += in[c] * (1 - h) * f[0] * f[1];
        inAlive2[stay] += inAlive[c] * (1 - h) * f[0];
        if (vacancy >= 1) {
          double[] g = factors(churn, growth, churnMultiplier, uplift, 0);
          if (vacancy - 1 >= 1) {
            vac2[vacancy - 1] += in[c] * h * g[0] * g[1];
            vacAlive2[vacancy - 1] += inAlive[c] * h * g[0];
          } else {
            in2[0] += in[c] * h * g[0] * g[1];
            inAlive2[0] += inAlive[c] * h * g[0];
          }
        } else {
          double r1 = ramp == 0 ? 1 : Math.min(1, 1.0 / ramp);
          double[] g = factors(churn, growth, churnMultiplier, uplift, r1);
          in2[Math.min(1, ramp)] += in[c] * h * g[0] * g[1];
          inAlive2[Math.min(1, ramp)] += inAlive[c] * h * g[0];
        }
      }
      for (int k = 1; k <= vacancy; k++) {
        double[] g = factors(churn, growth, churnMultiplier, uplift, 0);
        if (k - 1 >= 1) {
          vac2[k - 1] += vac[k] * g[0] * g[1];
          vacAlive2[k - 1] += vacAlive[k] * g[0];
        } else {
          in2[0] += vac[k] * g[0] * g[1];
          inAlive2[0] += vacAlive[k] * g[0];
        }
      }
      in = in2;
      vac = vac2;
      inAlive = inAlive2;
      vacAlive = vacAlive2;
      revenue += startRevenue * (Oracle.sum(in) + Oracle.sum(vac));
    }
    return new double[] {revenue, Oracle.sum(inAlive) + Oracle.sum(vacAlive)};
  }

  /** Monthly survival and growth factors at ramp level r. */
  private static double[] factors(double churn, double growth, double churnMultiplier, double uplift,
      double r) {
    double p = churn * (1 - (1 - churnMultiplier) * r);
    return new double[] {Math.pow(1 - p, 1.0 / 12), Math.pow(1 + growth + uplift * r, 1.0 / 12)};
  }
}
