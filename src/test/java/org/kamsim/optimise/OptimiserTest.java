package org.kamsim.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.kamsim.model.Account;
import org.kamsim.model.FactorModel;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Objective;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;
import org.kamsim.simulation.TestWorkers;
import org.kamsim.simulation.Coverage;
import org.kamsim.simulation.Expected;
import org.junit.jupiter.api.Test;

class OptimiserTest {
  private static final Program PROGRAM = new Program(0.4, 0.06, 6, 0.02, 15_000, 1.5);
  private static final double COST_PER_KAM = 120_000;
  private static final int MONTHS = 24;

  /**
   * With attrition 0 the expected profit of a plan is separable: the no-program profit plus, per key
   * account, its exact uplift (the contract's closed form, ELEVATED minus STANDARD), minus the KAM
   * salaries. The exact optimum over key sets and headcounts is then a 0/1 knapsack per headcount
   * (integer complexities, capacity 4 per KAM), solved here by dynamic programming. The optimiser only
   * sees a sample, so it may miss by noise, but its plan, valued exactly, must reach 99% of the optimal
   * gain over the no-program plan.
   */
  @Test
  void meanObjective_reaches99PercentOfExactKnapsackOptimum() throws Exception {
    Scenario scenario = knapsackScenario(Objective.MEAN, List.of(), List.of(), 0, 5);
    OptimisationResult result = Optimiser.run(scenario, options(), TestWorkers.of(2), OptimiseProgress.NONE);

    Portfolio p = scenario.portfolio();
    double[] uplift = exactUplifts(p);
    double optimum = 0;
    for (int k = 0; k <= 5; k++) {
      optimum = Math.max(optimum, knapsack(p, uplift, 4 * k) - k * kamCost());
    }
    Plan plan = result.optimised().plan();
    double achieved = -plan.headcount() * kamCost();
    for (String id : plan.key()) {
      achieved += uplift[p.indexOf(id).getAsInt()];
    }
    assertThat(optimum).isPositive();
    assertThat(achieved).isGreaterThanOrEqualTo(0.99 * optimum);
    assertThat(plan.load(p)).isLessThanOrEqualTo(plan.headcount() * 4.0);
    // The staffing curve: each headcount's plan reaches 99% of that headcount's exact knapsack value.
    for (StaffingPoint point : result.staffing()) {
      double value = 0;
      for (String id : point.assessment().plan().key()) {
        value += uplift[p.indexOf(id).getAsInt()];
      }
      assertThat(value).as("headcount %d", point.headcount())
          .isGreaterThanOrEqualTo(0.99 * knapsack(p, uplift, 4 * point.headcount()));
    }
  }

  /**
   * An instance where the greedy rule (value per capacity unit) is not optimal: one KAM of capacity 4;
   * account A (complexity 3) is worth 330k, B and C (complexity 2) 200k each. Greedy takes A (110k per
   * unit against 100k) and then nothing fits: 330k. The optimum is B + C: 400k. With zero volatility and
   * equal churn, growth and margin, an account's exact uplift is affine in its revenue, so the revenues
   * are solved from the closed form to give those values.
   */
  @Test
  void meanObjective_beatsGreedyWhereGreedyIsSuboptimal() throws Exception {
    Account unit = new Account("U", "", "", "", 1e6, 0.3, 0, 0.15, 0.02, 0, Double.POSITIVE_INFINITY, 1,
        false, Map.of());
    double u1 = uplift(unit, 1e6);
    double u2 = uplift(unit, 2e6);
    double slope = (u2 - u1) / 1e6;
    double intercept = u1 - slope * 1e6;
    List<Account> accounts = new ArrayList<>();
    accounts.add(account("A", (330_000 - intercept) / slope, 3));
    accounts.add(account("B", (200_000 - intercept) / slope, 2));
    accounts.add(account("C", (200_000 - intercept) / slope, 2));
    for (int i = 0; i < 5; i++) {
      accounts.add(account("F" + i, 1e5, 1)); // worth less than their overhead: never key
    }
    Portfolio portfolio = new Portfolio(accounts, List.of());
    KamPolicy kam = new KamPolicy(OptionalInt.empty(), 4, COST_PER_KAM, 0, 3, OptionalInt.empty());
    OptimiseSpec spec = new OptimiseSpec(Objective.MEAN, 0.5, 0.95, 1, 1, List.of(), List.of(), 20, 40,
        15, 3, 2_000);
    Scenario scenario = new Scenario("greedy-trap", null, portfolio, MONTHS, 2_000, 5, 0.9,
        new FactorModel(0.8, 0.2, 0.2), PROGRAM, kam, new PlanSpec.Current(), new Plan(List.of(), 0),
        new Plan(List.of(), 0), new Scoring(Map.of()), List.of(), spec);
    assertThat(exactUplifts(portfolio)[0]).isCloseTo(330_000, org.assertj.core.api.Assertions.within(1.0));

    OptimisationResult result = Optimiser.run(scenario, new Optimiser.Options(20, 40, 15, 2_000, false), TestWorkers.of(2),
        OptimiseProgress.NONE);
    assertThat(result.optimised().plan().key()).containsExactly("B", "C");
    Comparison greedy = result.baselines().stream().filter(c -> c.baseline().name().equals("greedy"))
        .findFirst().orElseThrow();
    assertThat(greedy.baseline().plan().key()).containsExactly("A");
    assertThat(greedy.advantage().low()).isPositive();
  }

  private static Account account(String id, double revenue, double complexity) {
    return new Account(id, "", "", "", revenue, 0.3, 0, 0.15, 0.02, 0, Double.POSITIVE_INFINITY,
        complexity, false, Map.of());
  }

  private static double uplift(Account a, double revenue) {
    Account scaled = account(a.id(), revenue, 1);
    return Expected.plain(scaled, Coverage.ELEVATED, PROGRAM, MONTHS, 0.2, 0.2, 0.8).profit()
        - Expected.plain(scaled, Coverage.STANDARD, PROGRAM, MONTHS, 0.2, 0.2, 0.8).profit();
  }

  @Test
  void keepExcludeAndCapacity_areNeverViolated() throws Exception {
    Scenario scenario = knapsackScenario(Objective.MEAN_ES, List.of("A07", "A21"), List.of("A00", "A01",
        "A02"), 1, 4);
    OptimisationResult result = Optimiser.run(scenario,
        new Optimiser.Options(24, 40, 10, 2_000, true), TestWorkers.of(2), OptimiseProgress.NONE);
    Portfolio p = scenario.portfolio();
    List<Plan> plans = new ArrayList<>();
    plans.add(result.optimised().plan());
    result.staffing().forEach(s -> plans.add(s.assessment().plan()));
    result.frontier().forEach(f -> plans.add(f.assessment().plan()));
    result.baselines().stream().filter(c -> !c.baseline().name().equals("status-quo"))
        .forEach(c -> plans.add(c.baseline().plan()));
    assertThat(result.frontier()).isNotEmpty();
    // Non-dominated on the figures the frontier reports (the fresh trials'), not only on the search's.
    for (FrontierPoint a : result.frontier()) {
      for (FrontierPoint b : result.frontier()) {
        assertThat(b.dominates(a)).as("%s dominates %s", b, a).isFalse();
      }
    }
    for (Plan plan : plans) {
      assertThat(plan.key()).as("%s", plan).contains("A07", "A21").doesNotContain("A00", "A01", "A02");
      assertThat(plan.load(p)).as("%s", plan).isLessThanOrEqualTo(plan.headcount() * 4.0 + 1e-9);
      assertThat(plan.headcount()).isBetween(1, 4);
    }
    assertThat(result.staffing()).extracting(StaffingPoint::headcount).containsExactly(1, 2, 3, 4);
  }

  /** Noise band: 3 paired standard errors (one-sided P(Z < -3) = 0.13%, fixed seed). */
  @Test
  void optimisedPlan_isNeverWorseThanABaselineBeyondNoise() throws Exception {
    for (Objective objective : Objective.values()) {
      Scenario scenario = knapsackScenario(objective, List.of(), List.of(), 0, 5);
      OptimisationResult result = Optimiser.run(scenario, options(), TestWorkers.of(2), OptimiseProgress.NONE);
      assertThat(result.baselines()).extracting(c -> c.baseline().name())
          .containsExactly("status-quo", "top-revenue", "greedy");
      for (Comparison c : result.baselines()) {
        assertThat(c.advantage().value()).as("%s vs %s", objective, c.baseline().name())
            .isGreaterThanOrEqualTo(-3 * c.advantage().stderr());
      }
    }
  }

  @Test
  void results_areIdenticalForOneAndTwoThreads() throws Exception {
    Scenario scenario = knapsackScenario(Objective.MEAN_ES, List.of(), List.of(), 0, 4);
    Optimiser.Options frontier = new Optimiser.Options(20, 30, 10, 1_500, true);
    OptimisationResult one = Optimiser.run(scenario, frontier, TestWorkers.of(1), OptimiseProgress.NONE);
    OptimisationResult two = Optimiser.run(scenario, frontier, TestWorkers.of(2), OptimiseProgress.NONE);
    assertThat(two.optimised()).isEqualTo(one.optimised());
    assertThat(two.baselines()).isEqualTo(one.baselines());
    assertThat(two.staffing()).isEqualTo(one.staffing());
    assertThat(two.convergence()).isEqualTo(one.convergence());
    assertThat(two.frontier()).isEqualTo(one.frontier());
    assertThat(two.accounts()).isEqualTo(one.accounts());
    assertThat(two.evaluations()).isEqualTo(one.evaluations());
  }

  @Test
  void pinnedAccountsHeavierThanMaxHeadcount_isAClearError() {
    Scenario scenario = knapsackScenario(Objective.MEAN, List.of("A03", "A04", "A05", "A06", "A07",
        "A08", "A09", "A10", "A11"), List.of(), 0, 1);
    assertThatThrownBy(() -> Optimiser.run(scenario, options(), TestWorkers.of(1), OptimiseProgress.NONE))
        .isInstanceOf(OptimiseException.class)
        .hasMessageStartingWith("optimise.keep: the pinned accounts need");
  }

  /**
   * {@code scoring.min_share} keeps accounts out of the search (MODEL.md, "Scoring matrix and tiers"): set
   * just above the share of the smallest account the ungated search makes key, that account and every one
   * as small are in no plan the optimiser reports (the winner, the plan of each headcount, the baselines),
   * unless {@code optimise.keep} names one, which is then key.
   */
  @Test
  void minShare_gatedAccounts_areNeverChosenUnlessKept() throws Exception {
    Scenario open = knapsackScenario(Objective.MEAN, List.of(), List.of(), 0, 5);
    Portfolio p = open.portfolio();
    Plan ungated = Optimiser.run(open, options(), TestWorkers.of(2), OptimiseProgress.NONE).optimised().plan();
    String smallest = ungated.key().stream()
        .min(java.util.Comparator.comparingDouble((String id) -> p.get(p.indexOf(id).getAsInt()).revenue()))
        .orElseThrow();
    double minShare = Math.nextUp(p.get(p.indexOf(smallest).getAsInt()).revenue() / p.totalRevenue());
    Scenario gated = withScoring(open, new Scoring(Map.of(), List.of(), minShare));
    boolean[] isGated = gated.scoring().gated(p);
    assertThat(isGated[p.indexOf(smallest).getAsInt()]).isTrue();

    OptimisationResult result = Optimiser.run(gated, options(), TestWorkers.of(2), OptimiseProgress.NONE);
    List<Plan> plans = new ArrayList<>();
    plans.add(result.optimised().plan());
    result.staffing().forEach(point -> plans.add(point.assessment().plan()));
    result.baselines().forEach(c -> plans.add(c.baseline().plan()));
    for (Plan plan : plans) {
      for (String id : plan.key()) {
        assertThat(isGated[p.indexOf(id).getAsInt()]).as("%s in %s", id, plan).isFalse();
      }
    }

    Scenario kept = withScoring(knapsackScenario(Objective.MEAN, List.of(smallest), List.of(), 0, 5),
        gated.scoring());
    Plan withKeep = Optimiser.run(kept, options(), TestWorkers.of(2), OptimiseProgress.NONE).optimised().plan();
    assertThat(withKeep.key()).contains(smallest);
    for (String id : withKeep.key()) {
      assertThat(id.equals(smallest) || !isGated[p.indexOf(id).getAsInt()]).as(id).isTrue();
    }
  }

  private static Scenario withScoring(Scenario s, Scoring scoring) {
    return new Scenario(s.name(), s.source(), s.portfolio(), s.horizonMonths(), s.trials(), s.seed(),
        s.survivalThreshold(), s.factor(), s.program(), s.kam(), s.planSpec(), s.plan(), s.statusQuo(), scoring,
        s.shocks(), s.optimise());
  }

  private static Optimiser.Options options() {
    return new Optimiser.Options(30, 60, 15, 4_000, false);
  }

  private static double kamCost() {
    return COST_PER_KAM * MONTHS / 12;
  }

  /** Exact profit uplift of making each account key (no attrition): ELEVATED minus STANDARD. */
  static double[] exactUplifts(Portfolio p) {
    double[] uplift = new double[p.size()];
    for (int i = 0; i < p.size(); i++) {
      Account a = p.get(i);
      uplift[i] = Expected.plain(a, Coverage.ELEVATED, PROGRAM, MONTHS, 0.2, 0.2, 0.8).profit()
          - Expected.plain(a, Coverage.STANDARD, PROGRAM, MONTHS, 0.2, 0.2, 0.8).profit();
    }
    return uplift;
  }

  /** Best total value of items (integer complexities) within the capacity. */
  static double knapsack(Portfolio p, double[] value, int capacity) {
    double[] best = new double[capacity + 1];
    for (int i = 0; i < p.size(); i++) {
      int w = (int) p.get(i).complexity();
      if (value[i] <= 0) {
        continue;
      }
      for (int c = capacity; c >= w; c--) {
        best[c] = Math.max(best[c], best[c - w] + value[i]);
      }
    }
    return best[capacity];
  }

  /**
   * 30 accounts, none key today, with revenue, churn, growth and complexity (1, 2 or 3) varied so that
   * the program is worth it for some accounts and not for others; no KAM attrition (separable).
   */
  static Scenario knapsackScenario(Objective objective, List<String> keep, List<String> exclude,
      int minHeadcount, int maxHeadcount) {
    List<Account> accounts = new ArrayList<>();
    java.util.SplittableRandom r = new java.util.SplittableRandom(11);
    for (int i = 0; i < 30; i++) {
      double revenue = 2e5 + 4e6 * Math.pow(r.nextDouble(), 2);
      double churn = 0.05 + 0.3 * r.nextDouble();
      double complexity = 1 + r.nextInt(3);
      Map<String, Double> criteria = new LinkedHashMap<>();
      criteria.put("fit", 1.0 + r.nextInt(10));
      accounts.add(new Account(String.format("A%02d", i), "", i % 2 == 0 ? "Retail" : "Tech", "",
          revenue, 0.2 + 0.2 * r.nextDouble(), 0.02 * revenue, churn, 0.02 * r.nextDouble(),
          0.25 * r.nextDouble(), Double.POSITIVE_INFINITY, complexity, false, criteria));
    }
    Portfolio portfolio = new Portfolio(accounts, List.of());
    KamPolicy kam = new KamPolicy(OptionalInt.empty(), 4, COST_PER_KAM, 0, 3, OptionalInt.empty());
    OptimiseSpec spec = new OptimiseSpec(objective, 0.5, 0.95, minHeadcount, maxHeadcount, keep, exclude,
        30, 60, 15, 3, 4_000);
    return new Scenario("knapsack", null, portfolio, MONTHS, 4_000, 99, 0.9,
        new FactorModel(0.8, 0.2, 0.2), PROGRAM, kam, new PlanSpec.Current(), new Plan(List.of(), 0),
        new Plan(List.of(), 0), new Scoring(Map.of()), List.of(), spec);
  }
}
