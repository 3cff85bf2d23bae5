package org.kamsim.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Finance;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Objective;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;
import org.kamsim.simulation.ClosedFormTest;
import org.kamsim.simulation.Coverage;
import org.kamsim.simulation.CoverageSample;
import org.kamsim.simulation.Expected;
import org.kamsim.simulation.ProgressListener;
import org.kamsim.simulation.Simulator;
import org.kamsim.simulation.TestScenario;
import org.kamsim.simulation.TestWorkers;

/**
 * The optimiser's objectives under {@code finance} (MODEL.md, "Finance": they use NPV in place of horizon
 * profit): the value it gives a plan is the simulation's NPV of that plan on the same trials, and it finds the
 * plan with the highest expected NPV where that is not the plan with the highest expected profit.
 */
class NpvObjectiveTest {
  private static final double RATE = 0.10;
  private static final double GROWTH = 0.02;

  /**
   * The optimiser prices a plan from per-account NPVs plus the KAMs' discounted cost; the simulator from the
   * portfolio's monthly profits, KAM cost included. NPV is linear in the monthly profits, so on the same
   * trials the two are the same number up to the order of the additions (1e-9 relative is far above that
   * rounding and far below any modelling difference: the KAM cost alone is 2% of the NPV). KAM attrition
   * is on, so the accounts whose KAM leaves go through the kernel's rebuilt paths too.
   */
  @Test
  void meanObjective_ofAFixedPlan_isTheSimulatedNpvMean_withAndWithoutTerminalValue() {
    for (Optional<Finance> finance : List.of(Optional.of(Finance.of(RATE)), Optional.of(Finance.of(RATE, GROWTH)),
        Optional.<Finance>empty())) {
      TestScenario s = ClosedFormTest.programScenario();
      s.trials = 3_000;
      s.attrition = 0.2;
      s.finance = finance;
      Scenario scenario = s.build();
      ExecutorService workers = TestWorkers.of(2);
      CoverageSample sample = CoverageSample.draw(scenario, workers, ProgressListener.NONE);
      PlanScorer scorer = new PlanScorer(sample, new ObjectiveFunction(Objective.MEAN, 0, 0.95, 0),
          sample.costPerKam(s.costPerKam));
      Portfolio p = scenario.portfolio();
      KeyPlan plan = new KeyPlan(new int[] {p.indexOf("K1").getAsInt(), p.indexOf("E1").getAsInt(),
          p.indexOf("E2").getAsInt()}, scenario.plan().headcount());
      double value = scorer.value(plan);
      var simulated = new Simulator(workers, ProgressListener.NONE).run(scenario);

      assertThat(sample.npv()).isEqualTo(finance.isPresent());
      double expected = finance.isPresent() ? simulated.npv().orElseThrow().profit().mean()
          : simulated.profit().mean();
      assertThat(value).as("%s", finance).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
    }
  }

  /**
   * A portfolio where discounting changes the optimal key set, everything deterministic (no volatility, no
   * churn under the program, certain loss when demoted), so each plan's expected NPV and profit are exact
   * closed forms and every trial equals them.
   *
   * <ul>
   *   <li>E is key today with churn 0.5 and growth -0.3: demoted (churn 0.5 x 2 = 1) it is lost in month 1;
   *       kept (churn x 0, growth -0.3 + 0.3 = 0) it earns the same every month. Its value of being key is
   *       flat over time.
   *   <li>L is not key today, never churns and has growth 0; key, its growth ramps up to 30% a year over 12
   *       months while the discount and overhead cost from month 1. Its value of being key comes late.
   * </ul>
   * One KAM carries one account. E's revenue is solved from the closed forms so that over 36 undiscounted
   * months L is worth more, and at 60% a year E is: the exact optimum over every key set and headcount
   * (1 or 2 KAMs, the second KAM priced so that it does not pay in either measure) is {L} without finance and
   * {E} with it, and the optimiser must find each.
   */
  @Test
  void npvObjective_findsTheExactOptimum_whereDiscountingChangesTheKeySet() throws Exception {
    int months = 36;
    double rate = 0.6;
    Program program = new Program(0, 0.3, 12, 0.02, 10_000, 2);
    Account late = account("L", 4e6, 0.5, 0, 0, false);
    double[] d = new double[months];
    double sumD = 0;
    for (int t = 0; t < months; t++) {
      d[t] = Math.pow(1 + rate, -(t + 1) / 12.0);
      sumD += d[t];
    }
    double[] lateUplift = uplift(late, Coverage.ELEVATED, Coverage.STANDARD, program, months);
    double lateProfit = sum(lateUplift, null);
    double lateNpv = sum(lateUplift, d);
    // E's monthly uplift is the flat c = R (0.3 - 0.02) / 12 - 10,000 / 12: profit 36 c, NPV c sum d. Take
    // its profit at sqrt(b / a) of L's, b / a the ratio of the NPV-to-profit ratios, which puts E below L in
    // profit and above it in NPV by the same factor.
    double ratio = Math.sqrt((lateNpv / lateProfit) / (sumD / months));
    double c = ratio * lateProfit / months;
    double revenue = (c + 10_000 / 12.0) * 12 / 0.28;
    Account early = account("E", revenue, 0.3, 0.5, -0.3, true);
    double[] earlyUplift = uplift(early, Coverage.KEPT, Coverage.DEMOTED, program, months);
    double earlyProfit = sum(earlyUplift, null);
    double earlyNpv = sum(earlyUplift, d);
    assertThat(earlyProfit).isLessThan(lateProfit);
    assertThat(earlyNpv).isGreaterThan(lateNpv);
    // A second KAM costs more than the lesser account adds, in either measure, by a quarter.
    double costPerKam = 1.25 * Math.max(Math.min(earlyProfit, lateProfit) / (months / 12.0),
        12 * Math.min(earlyNpv, lateNpv) / sumD);

    for (boolean discounted : new boolean[] {false, true}) {
      double[] value = discounted ? new double[] {earlyNpv, lateNpv} : new double[] {earlyProfit, lateProfit};
      double kam = discounted ? costPerKam / 12 * sumD : costPerKam * months / 12.0;
      // Enumerate key sets (E, L) x headcount 1..2 within capacity 1 per KAM: the exact optimum.
      String best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int mask = 0; mask < 4; mask++) {
        for (int k = 1; k <= 2; k++) {
          if (Integer.bitCount(mask) > k) {
            continue;
          }
          double v = -k * kam + ((mask & 1) != 0 ? value[0] : 0) + ((mask & 2) != 0 ? value[1] : 0);
          if (v > bestValue) {
            bestValue = v;
            best = ((mask & 1) != 0 ? "E" : "") + ((mask & 2) != 0 ? "L" : "") + k;
          }
        }
      }
      assertThat(best).isEqualTo(discounted ? "E1" : "L1");

      Scenario scenario = scenario(List.of(early, late), program, months, costPerKam,
          discounted ? Optional.of(Finance.of(rate)) : Optional.empty());
      OptimisationResult result = Optimiser.run(scenario, new Optimiser.Options(8, 10, 5, 200, false),
          TestWorkers.of(2), OptimiseProgress.NONE);
      Plan plan = result.optimised().plan();
      assertThat(plan.key()).as("discounted %s", discounted).containsExactly(discounted ? "E" : "L");
      assertThat(plan.headcount()).isEqualTo(1);
      // The trials are all alike, so the objective is the closed form: base (nothing key: E lost, L
      // standard) plus the chosen account's uplift, less one KAM.
      double base = sum(Expected.plain(late, Coverage.STANDARD, program, months, 0, 0, 0).profitByMonth(),
          discounted ? d : null);
      assertThat(result.optimised().objective()).isCloseTo(base + bestValue, within(1e-9 * (base + bestValue)));
    }
  }

  /** Same inputs and seed, one thread or three: the same bits, with finance. */
  @Test
  void npvObjective_isBitIdenticalForOneAndThreeThreads() throws Exception {
    Scenario scenario = OptimiserTest.knapsackScenario(Objective.MEAN_ES, List.of(), List.of(), 0, 4)
        .withFinance(Optional.of(Finance.of(RATE, GROWTH)));
    Optimiser.Options options = new Optimiser.Options(16, 20, 8, 1_000, true);
    OptimisationResult one = Optimiser.run(scenario, options, TestWorkers.of(1), OptimiseProgress.NONE);
    OptimisationResult three = Optimiser.run(scenario, options, TestWorkers.of(3), OptimiseProgress.NONE);
    assertThat(three.optimised()).isEqualTo(one.optimised());
    assertThat(three.baselines()).isEqualTo(one.baselines());
    assertThat(three.staffing()).isEqualTo(one.staffing());
    assertThat(three.frontier()).isEqualTo(one.frontier());
    assertThat(three.accounts()).isEqualTo(one.accounts());
  }

  private static Scenario scenario(List<Account> accounts, Program program, int months, double costPerKam,
      Optional<Finance> finance) {
    Portfolio portfolio = new Portfolio(accounts, List.of());
    KamPolicy kam = new KamPolicy(OptionalInt.empty(), 1, costPerKam, 0, 3, OptionalInt.empty());
    OptimiseSpec spec = new OptimiseSpec(Objective.MEAN, 0.5, 0.95, 1, 2, List.of(), List.of(), 8, 10, 5, 3,
        200);
    return new Scenario("npv-trap", null, portfolio, months, 200, 3, 0.9, new FactorModel(0.8, 0.2, 0.2),
        program, kam, new PlanSpec.Current(), new Plan(List.of("E"), 1), new Plan(List.of("E"), 1),
        new Scoring(Map.of()), List.of(), spec).withFinance(finance);
  }

  private static Account account(String id, double revenue, double margin, double churn, double growth,
      boolean key) {
    return new Account(id, "", "", "", revenue, margin, 0, churn, growth, 0, Double.POSITIVE_INFINITY, 1, key,
        Map.of());
  }

  /** Expected monthly profit of the account key ({@code key}) minus not key ({@code other}). */
  private static double[] uplift(Account a, Coverage key, Coverage other, Program program, int months) {
    double[] in = Expected.plain(a, key, program, months, 0, 0, 0).profitByMonth();
    double[] out = Expected.plain(a, other, program, months, 0, 0, 0).profitByMonth();
    double[] u = new double[months];
    for (int t = 0; t < months; t++) {
      u[t] = in[t] - out[t];
    }
    return u;
  }

  /** {@code sum_t w_t x_t}, or the plain sum when {@code w} is null. */
  private static double sum(double[] x, double[] w) {
    double s = 0;
    for (int t = 0; t < x.length; t++) {
      s += (w == null ? 1 : w[t]) * x[t];
    }
    return s;
  }
}
