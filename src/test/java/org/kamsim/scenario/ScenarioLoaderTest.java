package org.kamsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.kamsim.model.FactorModel;
import org.kamsim.model.Finance;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Objective;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Program;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;

/**
 * Good scenarios. The fixture portfolio (src/test/resources/scenario/portfolio.csv) has six accounts:
 * <pre>
 * id    revenue  complexity key   product_fit solvency relationship  mean score
 * A001  1.2M     2          true  8           7        9             8
 * A002  0.9M     1          yes   6           9        5             6.67
 * A003  2.5M     3          false 5           8        6             6.33
 * A004  0.4M     1          no    9           4        8             7
 * A005  1.8M     1.5        0     7           6        7             6.67
 * A006  0.15M    0.5        1     3           5        4             4
 * </pre>
 * so today's key set is A001, A002, A006 (load 3.5), revenue order is A003, A005, A001, A002, A004, A006,
 * and equal-weight score order is A001, A004, then A005 before A002 (a tie broken by revenue), A003, A006.
 */
class ScenarioLoaderTest {

  private static final String DIR = "src/test/resources/scenario/";

  private static Scenario load(String file) throws InputException {
    return ScenarioLoader.load(Path.of(DIR + file));
  }

  @Test
  void scenario_everyFieldWritten_isLoadedAsWritten() throws InputException {
    Scenario s = load("full.yaml");

    assertThat(s.name()).isEqualTo("full-example");
    assertThat(s.source()).isEqualTo(Path.of(DIR + "full.yaml"));
    assertThat(s.portfolio().size()).isEqualTo(6);
    assertThat(s.horizonMonths()).isEqualTo(24);
    assertThat(s.trials()).isEqualTo(5000);
    assertThat(s.seed()).isEqualTo(-7);
    assertThat(s.survivalThreshold()).isEqualTo(0.75);
    assertThat(s.factor()).isEqualTo(new FactorModel(0.5, 0.3, 0.1));
    assertThat(s.program()).isEqualTo(new Program(0.6, 0.08, 6, 0.03, 25_000, 2));
    assertThat(s.kam()).isEqualTo(new KamPolicy(OptionalInt.of(3), 3, 180_000, 0.1, 2, OptionalInt.of(2)));
    assertThat(s.planSpec()).isEqualTo(new PlanSpec.KeyIds(List.of("A004", "A001", "A003")));
    // Ids in portfolio order, whatever order the file lists them in.
    assertThat(s.plan()).isEqualTo(new Plan(List.of("A001", "A003", "A004"), 3));
    assertThat(s.statusQuo()).isEqualTo(new Plan(List.of("A001", "A002", "A006"), 2));
    assertThat(s.scoring().weights()).containsExactly(
        java.util.Map.entry("product_fit", 0.5), java.util.Map.entry("solvency", 0.3),
        java.util.Map.entry("relationship", 0.2));
    assertThat(s.shocks()).containsExactly(
        new Shock.Lose(new Selector.Top(1), 6),
        new Shock.ChurnShock(2.0, new Selector.Segment("Retail"), 1, 12),
        new Shock.GrowthShock(-0.1, new Selector.Region("North"), 3, 24),
        new Shock.MarginShock(-0.02, new Selector.Ids(List.of("A002", "A004")), 1, 24),
        new Shock.Lose(new Selector.Ids(List.of("A006")), 24),
        new Shock.ChurnShock(1.5, new Selector.Key(), 1, 24),
        new Shock.GrowthShock(0.02, new Selector.Standard(), 1, 6));
    assertThat(s.optimise()).isEqualTo(new OptimiseSpec(Objective.SURVIVAL, 1, 0.99, 2, 3, List.of("A001"),
        List.of("A006"), 40, 100, 20, 3, 20_000));
  }

  @Test
  void scenario_onlyPortfolio_getsEveryDefault() throws InputException {
    Scenario s = load("minimal.yaml");

    assertThat(s.finance()).isEmpty();
    assertThat(s.name()).isEqualTo("minimal");
    assertThat(s.horizonMonths()).isEqualTo(36);
    assertThat(s.trials()).isEqualTo(10_000);
    assertThat(s.seed()).isEqualTo(42);
    assertThat(s.survivalThreshold()).isEqualTo(0.8);
    assertThat(s.factor()).isEqualTo(new FactorModel(0.5, 0.15, 0.2)).isEqualTo(FactorModel.DEFAULT);
    assertThat(s.program()).isEqualTo(new Program(0.5, 0.05, 6, 0.01, 20_000, 1.5)).isEqualTo(Program.DEFAULT);
    assertThat(s.kam()).isEqualTo(new KamPolicy(OptionalInt.empty(), 4, 150_000, 0.15, 3, OptionalInt.empty()))
        .isEqualTo(KamPolicy.DEFAULT);
    assertThat(s.planSpec()).isEqualTo(new PlanSpec.Current());
    // Today's key set, load 3.5: one KAM of capacity 4 covers it, for the plan and the status quo alike.
    assertThat(s.plan()).isEqualTo(new Plan(List.of("A001", "A002", "A006"), 1));
    assertThat(s.statusQuo()).isEqualTo(new Plan(List.of("A001", "A002", "A006"), 1));
    assertThat(s.scoring()).isEqualTo(Scoring.equalWeights(List.of("product_fit", "solvency", "relationship")));
    assertThat(s.shocks()).isEmpty();
    // Headcount range [1, max(2, 2 * 1)]; validation trials max(100, 2 * 10000).
    assertThat(s.optimise()).isEqualTo(new OptimiseSpec(Objective.MEAN_ES, 0.5, 0.95, 1, 2, List.of(), List.of(),
        60, 200, 30, 5, 20_000));
    assertThat(s.optimise()).isEqualTo(OptimiseSpec.defaults(1, 10_000));
  }

  @Test
  void plan_explicitKey_isInPortfolioOrderWithFewestKams() throws InputException {
    Scenario s = load("plan-key.yaml");

    // A001 (2) + A004 (1) = load 3: one KAM.
    assertThat(s.planSpec()).isEqualTo(new PlanSpec.KeyIds(List.of("A004", "A001")));
    assertThat(s.plan()).isEqualTo(new Plan(List.of("A001", "A004"), 1));
  }

  @Test
  void plan_current_isTodaysKeySetWithTheGivenHeadcount() throws InputException {
    Scenario s = load("plan-current.yaml");

    assertThat(s.planSpec()).isEqualTo(new PlanSpec.Current());
    assertThat(s.plan()).isEqualTo(new Plan(List.of("A001", "A002", "A006"), 2));
    // The status quo is not the plan: without status_quo_headcount it gets the fewest that cover.
    assertThat(s.statusQuo()).isEqualTo(new Plan(List.of("A001", "A002", "A006"), 1));
  }

  @Test
  void plan_topByRevenue_takesTheLargestAccounts() throws InputException {
    Scenario s = load("plan-top.yaml");

    // A003 (2.5M), A005 (1.8M), A001 (1.2M); load 3 + 1.5 + 2 = 6.5 needs two KAMs of 4.
    assertThat(s.planSpec()).isEqualTo(new PlanSpec.TopRevenue(3));
    assertThat(s.plan()).isEqualTo(new Plan(List.of("A001", "A003", "A005"), 2));
    // Default optimiser headcount range follows the plan, [1, 2 * 2], but three KAMs carry every account
    // (complexity 9 at capacity 4): the search stops there.
    assertThat(s.optimise().headcountMax()).isEqualTo(3);
  }

  @Test
  void optimise_defaultHeadcountRangeOfAnOverstaffedPlan_isClampedToWhatThePortfolioCanUse() throws InputException {
    Scenario s = load("optimise-default-clamped.yaml");

    assertThat(s.plan().headcount()).isEqualTo(6);
    assertThat(s.optimise().headcountMin()).isEqualTo(1);
    assertThat(s.optimise().headcountMax()).isEqualTo(3);
  }

  @Test
  void optimise_defaultHeadcountRangeWithEveryAccountExcluded_isZeroToZero() throws InputException {
    Scenario s = load("optimise-all-excluded.yaml");

    assertThat(s.optimise().headcountMin()).isZero();
    assertThat(s.optimise().headcountMax()).isZero();
  }

  @Test
  void plan_topByScore_usesEqualWeightsAndBreaksTiesByRevenue() throws InputException {
    Scenario s = load("plan-score.yaml");

    // Scores 8 (A001), 7 (A004), then A002 and A005 tie at 20/3 and A005 has more revenue.
    // Load 2 + 1 + 1.5 = 4.5: two KAMs.
    assertThat(s.planSpec()).isEqualTo(new PlanSpec.TopScore(3));
    assertThat(s.plan()).isEqualTo(new Plan(List.of("A001", "A004", "A005"), 2));
  }

  @Test
  void plan_topByScore_usesTheScenarioWeights() throws InputException {
    Scenario s = load("plan-score-weighted.yaml");

    // Solvency only: A002 (9), A003 (8). Load 1 + 3 = 4: one KAM.
    assertThat(s.plan()).isEqualTo(new Plan(List.of("A002", "A003"), 1));
  }

  @Test
  void scenario_portfolioWithoutCriteria_hasEmptyScoringAndNoKeySet() throws InputException {
    Scenario s = load("no-criteria.yaml");

    assertThat(s.portfolio().criteria()).isEmpty();
    assertThat(s.scoring().weights()).isEmpty();
    assertThat(s.plan()).isEqualTo(new Plan(List.of(), 0));
  }

  @Test
  void finance_rateAndGrowth_areRead_andARateAloneHasNoTerminalValue() throws Exception {
    assertThat(load("finance.yaml").finance()).isEqualTo(Optional.of(Finance.of(0.1, 0.02)));
    assertThat(load("finance-rate-only.yaml").finance()).isEqualTo(Optional.of(Finance.of(0.08)));
  }
}
