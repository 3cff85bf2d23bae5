package org.kamsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Bad scenarios: one fixture under src/test/resources/scenario/bad per problem, each with the exact message it
 * must produce, position included (line:column of the offending value, 1-based).
 */
class ScenarioErrorsTest {

  private static final String BAD = "src/test/resources/scenario/bad/";

  private static void assertRejected(String file, String message) {
    assertThatExceptionOfType(InputException.class)
        .isThrownBy(() -> ScenarioLoader.load(Path.of(BAD + file)))
        .withMessage(message);
  }

  @Test
  void scenario_unknownTopLevelField_isRejectedListingTheAllowedOnes() {
    assertRejected("unknown-field.yaml", BAD + "unknown-field.yaml:2:1: horizon: unknown field (expected one of"
        + " name, portfolio, horizon_months, trials, seed, survival_threshold, factor, program, kam, plan,"
        + " scoring, shocks, optimise, sensitivity, finance)");
  }

  @Test
  void scenario_unknownNestedField_isRejectedWithItsPath() {
    assertRejected("unknown-nested-field.yaml", BAD + "unknown-nested-field.yaml:4:3: kam.capacty_per_kam:"
        + " unknown field (expected one of headcount, capacity_per_kam, cost_per_kam, attrition, vacancy_months,"
        + " status_quo_headcount)");
  }

  @Test
  void scenario_wrongTypes_areRejectedNamingExpectedAndFound() {
    assertRejected("wrong-type.yaml",
        BAD + "wrong-type.yaml:2:17: horizon_months: expected an integer, was \"abc\"\n"
            + BAD + "wrong-type.yaml:3:9: factor: expected a mapping (fields: persistence, churn_correlation,"
            + " growth_correlation), was a list\n"
            + BAD + "wrong-type.yaml:4:9: shocks: expected a list, was a mapping");
  }

  @Test
  void finance_rateOutOfRangeAndGrowthNotBelowRate_areRejectedWithPosition() {
    assertRejected("finance-rate.yaml",
        BAD + "finance-rate.yaml:2:26: finance.discount_rate: must be in [0, 1], was 10");
    assertRejected("finance-growth.yaml", BAD + "finance-growth.yaml:2:49: finance.terminal_growth: must be below"
        + " finance.discount_rate (0.05), was 0.05");
    assertRejected("finance-growth-no-rate.yaml", BAD + "finance-growth-no-rate.yaml:2:28: finance.terminal_growth:"
        + " must be below finance.discount_rate, which is absent (0, no discounting), was 0.02");
    assertRejected("finance-unknown.yaml", BAD + "finance-unknown.yaml:2:31: finance.rate: unknown field"
        + " (expected one of discount_rate, terminal_growth)");
  }

  @Test
  void scenario_floatForInteger_isRejected() {
    assertRejected("float-for-int.yaml", BAD + "float-for-int.yaml:2:9: trials: expected an integer, was 10.5");
  }

  @Test
  void scenario_outOfRangeValue_isRejectedWithPosition() {
    assertRejected("out-of-range.yaml",
        BAD + "out-of-range.yaml:3:21: kam.capacity_per_kam: must be > 0, was -2");
  }

  @Test
  void scenario_nanAndInfinity_areRejected() {
    assertRejected("nan.yaml",
        BAD + "nan.yaml:2:21: survival_threshold: must be a finite number, was .nan\n"
            + BAD + "nan.yaml:3:26: program.growth_uplift: must be a finite number, was .inf");
  }

  @Test
  void scenario_amountsAndRatesBeyondTheLimits_areRejectedWithPosition() {
    assertRejected("limits.yaml", String.join("\n",
        BAD + "limits.yaml:2:26: program.growth_uplift: must be in [-1, 10], was 12",
        BAD + "limits.yaml:2:52: program.overhead_per_account: must be in [0, 1e12], was 1e15",
        BAD + "limits.yaml:3:21: kam.cost_per_kam: must be in [0, 1e12], was 2.0e12",
        BAD + "limits.yaml:5:20: shocks[0].growth_shock: must be <= 10, was 11",
        BAD + "limits.yaml:6:20: shocks[1].margin_shock: must be in [-1, 1], was -1.5"));
  }

  @Test
  void shock_overlappingGrowthShocksAddingUpBeyondTheLimit_areRejectedAtTheLastOne() {
    // Month 12 is in the windows of shocks 0 (+6), 2 (+3) and 3 (+4): 13 in all; shock 1 is negative.
    assertRejected("growth-shocks-add-up.yaml", BAD + "growth-shocks-add-up.yaml:7:20: shocks[3].growth_shock:"
        + " with shocks[0], shocks[2] it adds 13 to the annual growth of month 12 (growth shocks may add at most"
        + " 10 together)");
  }

  @Test
  void plan_unknownAccountIds_areRejectedWithTheirPositions() {
    assertRejected("unknown-plan-id.yaml",
        BAD + "unknown-plan-id.yaml:3:15: plan.key[1]: unknown account id \"a002\" (ids are case-sensitive:"
            + " did you mean \"A002\"?)\n"
            + BAD + "unknown-plan-id.yaml:3:21: plan.key[2]: unknown account id \"ZZZ\"");
  }

  @Test
  void plan_keyAndSelectTogether_isRejected() {
    assertRejected("plan-both.yaml", BAD + "plan-both.yaml:2:7: plan: has both key and select (give one)");
  }

  @Test
  void plan_topBeyondPortfolio_isRejected() {
    assertRejected("plan-too-many.yaml",
        BAD + "plan-too-many.yaml:2:16: plan.select: asks for 7 accounts, the portfolio has 6");
  }

  @Test
  void plan_scoreWithoutCriteria_isRejected() {
    assertRejected("score-without-criteria.yaml", BAD + "score-without-criteria.yaml:2:16: plan.select:"
        + " score:1 needs criteria columns in the portfolio, which has none");
  }

  @Test
  void kam_headcountTooSmallForPlan_isRejectedAtHeadcount() {
    // top:4 is A003, A005, A001, A002: load 3 + 1.5 + 2 + 1 = 7.5 needs four KAMs of capacity 2.
    assertRejected("capacity.yaml", BAD + "capacity.yaml:4:18: kam.headcount: 3 KAMs x 2 capacity = 6 cannot"
        + " carry the plan's key set of load 7.5 (needs at least 4)");
  }

  @Test
  void kam_statusQuoHeadcountTooSmall_isRejected() {
    assertRejected("status-quo-capacity.yaml", BAD + "status-quo-capacity.yaml:3:25: kam.status_quo_headcount:"
        + " 0 KAMs x 4 capacity = 0 cannot carry today's key set of load 3.5 (needs at least 1)");
  }

  @Test
  void shock_unknownIdInSelector_isRejected() {
    assertRejected("unknown-selector-id.yaml",
        BAD + "unknown-selector-id.yaml:3:30: shocks[0].select: unknown account id \"A999\"");
  }

  @Test
  void shock_badSelectorSyntax_isRejectedListingTheSyntax() {
    assertRejected("bad-selector.yaml", BAD + "bad-selector.yaml:3:12: shocks[0].lose: unknown selector"
        + " \"bottom:3\" (expected all, key, standard, segment=X, region=X, id=A,B, top:N or tier:NAME)");
  }

  @Test
  void shock_unknownSegment_isRejectedListingTheKnownOnes() {
    assertRejected("unknown-segment.yaml", BAD + "unknown-segment.yaml:3:35: shocks[0].select: no account has"
        + " segment \"Retial\" (segments: Industry, Retail, Services)");
  }

  @Test
  void shock_badWindowsAndKinds_areAllReported() {
    assertRejected("shock-window.yaml", String.join("\n",
        BAD + "shock-window.yaml:4:35: shocks[0].to: must be >= from (6), was 3",
        BAD + "shock-window.yaml:5:24: shocks[1].month: must be in [1, 12], was 13",
        BAD + "shock-window.yaml:6:20: shocks[2].growth_shock: -1.05 would take the annual growth of account"
            + " A001 to -1 (growth must stay > -1)",
        BAD + "shock-window.yaml:7:12: shocks[3].lose: unknown selector \"A001\" (expected all, key, standard,"
            + " segment=X, region=X, id=A,B, top:N or tier:NAME; to name an account write id=A001)",
        BAD + "shock-window.yaml:8:5: shocks[4]: has both margin_shock and churn_shock (a shock has exactly"
            + " one kind)",
        BAD + "shock-window.yaml:9:5: shocks[5]: missing the kind of shock (one of lose, churn_shock,"
            + " growth_shock, margin_shock)"));
  }

  @Test
  void shock_misspeltKind_isAnUnknownFieldAtTheKey() {
    // A key that is no field of any shock is taken for a misspelt kind; with only known fields, or none,
    // the kind is missing; with two kinds, one is too many.
    assertRejected("unknown-shock-kind.yaml", String.join("\n",
        BAD + "unknown-shock-kind.yaml:3:6: shocks[0].loose: unknown field (expected one of lose, churn_shock,"
            + " growth_shock, margin_shock)",
        BAD + "unknown-shock-kind.yaml:4:5: shocks[1]: missing the kind of shock (one of lose, churn_shock,"
            + " growth_shock, margin_shock)",
        BAD + "unknown-shock-kind.yaml:5:5: shocks[2]: missing the kind of shock (one of lose, churn_shock,"
            + " growth_shock, margin_shock)",
        BAD + "unknown-shock-kind.yaml:6:5: shocks[3]: has both lose and churn_shock (a shock has exactly one"
            + " kind)"));
  }

  @Test
  void scoring_unknownCriterionAndNegativeWeight_areRejected() {
    assertRejected("scoring.yaml",
        BAD + "scoring.yaml:3:29: scoring.weights.reach: unknown criterion (the portfolio's criteria are"
            + " product_fit, solvency, relationship)\n"
            + BAD + "scoring.yaml:3:49: scoring.weights.solvency: must be >= 0, was -1");
  }

  @Test
  void optimise_badSettings_areAllReported() {
    assertRejected("optimise.yaml", String.join("\n",
        BAD + "optimise.yaml:3:14: optimise.objective: unknown objective \"max\" (expected one of mean, mean-es,"
            + " survival)",
        BAD + "optimise.yaml:4:14: optimise.headcount: min 5 is above max 3",
        BAD + "optimise.yaml:6:19: optimise.exclude[1]: account \"A001\" is also in optimise.keep[0]",
        BAD + "optimise.yaml:7:15: optimise.population: must be >= 4, was 2"));
  }

  @Test
  void optimise_headcountBeyondWhatThePortfolioCanUse_isRejectedNamingTheMost() {
    // The six accounts' complexity adds up to 9: three KAMs of capacity 4 carry them all.
    assertRejected("optimise-headcount.yaml", BAD + "optimise-headcount.yaml:2:27: optimise.headcount[1]:"
        + " 1000000000 KAMs is more than this portfolio can use: 3 KAMs carry every account (load 9 at capacity 4"
        + " per KAM)");
  }

  @Test
  void optimise_headcountBeyondWhatTheAccountsNotExcludedCanUse_isRejected() {
    // Without A003 (complexity 3) the load is 6: two KAMs.
    assertRejected("optimise-headcount-excluded.yaml", BAD + "optimise-headcount-excluded.yaml:4:18:"
        + " optimise.headcount[1]: 3 KAMs is more than this portfolio can use: 2 KAMs carry every account not in"
        + " optimise.exclude (load 6 at capacity 4 per KAM)");
  }

  @Test
  void kam_headcountsAboveTheCap_areRejected() {
    assertRejected("headcount-cap.yaml", String.join("\n",
        BAD + "headcount-cap.yaml:2:18: kam.headcount: must be in [0, 1000000], was 2000000",
        BAD + "headcount-cap.yaml:2:49: kam.status_quo_headcount: must be in [0, 1000000], was 1000001"));
  }

  @Test
  void kam_capacitySoSmallThatThePlanNeedsMoreThanTheCap_isRejectedAtTheCapacity() {
    // A001 alone (complexity 2) at a millionth per KAM would need two million KAMs.
    assertRejected("tiny-capacity.yaml", String.join("\n",
        BAD + "tiny-capacity.yaml:3:25: kam.capacity_per_kam: at 1.0E-6 per KAM, the plan's key set of load 2"
            + " needs more than the 1000000 KAMs a plan may have",
        BAD + "tiny-capacity.yaml:3:57: kam.status_quo_headcount: 1000000 KAMs x 1.0E-6 capacity = 1 cannot"
            + " carry today's key set of load 3.5 (needs at least 3500000)"));
  }

  @Test
  void scenario_missingPortfolioFile_isRejectedAtThePortfolioField() {
    assertRejected("missing-portfolio-file.yaml", BAD + "missing-portfolio-file.yaml:2:12: portfolio: cannot"
        + " read file " + BAD + "data/nope.csv: no such file");
  }

  @Test
  void scenario_withoutPortfolioField_isRejected() {
    assertRejected("no-portfolio-field.yaml", BAD + "no-portfolio-field.yaml:1:1: portfolio: missing (the"
        + " portfolio CSV file, relative to this file)");
  }

  @Test
  void scenario_missingFile_isRejected() {
    assertRejected("nope.yaml", BAD + "nope.yaml: cannot read file: no such file");
  }

  @Test
  void scenario_emptyFile_isRejected() {
    assertRejected("empty.yaml", BAD + "empty.yaml: empty file (a scenario needs at least portfolio: <csv file>)");
  }

  @Test
  void scenario_yamlSyntaxError_isOneErrorWithPosition() {
    assertRejected("syntax.yaml", BAD + "syntax.yaml:3:7: YAML syntax error: expected ',' or '}', but got :"
        + " (while parsing a flow mapping at line 2, column 6)");
  }

  @Test
  void scenario_errorsInYamlAndCsv_areReportedTogether() {
    assertThatExceptionOfType(InputException.class)
        .isThrownBy(() -> ScenarioLoader.load(Path.of(BAD + "yaml-and-csv.yaml")))
        .satisfies(e -> assertThat(e.errors()).hasSize(4))
        .withMessage(String.join("\n",
            BAD + "yaml-and-csv.yaml:2:7: seed: expected an integer, was 1.5",
            BAD + "yaml-and-csv.yaml:3:18: kam.attrition: must be in [0, 1), was 1",
            BAD + "two-errors.csv:3:6: revenue: must be in [0, 1e12], was -5",
            BAD + "two-errors.csv:4:18: key: expected true or false (or yes/no, 1/0), was \"maybe\""));
  }

  @Test
  void sensitivity_badMeasureNamesRangesAndValues_areRejectedWithPositionFieldAndValue() {
    assertRejected("sensitivity.yaml", String.join("\n",
        BAD + "sensitivity.yaml:3:12: sensitivity.measure: unknown measure \"profits\" (expected one of"
            + " incremental_profit, profit, revenue_var95, probability_below)",
        BAD + "sensitivity.yaml:5:29: sensitivity.ranges.program.discount[1]: must be in [0, 1], was 1.5",
        BAD + "sensitivity.yaml:6:5: sensitivity.ranges.program.churn_multiplyer: unknown field (expected one"
            + " of program.churn_multiplier, program.growth_uplift, program.ramp_months, program.discount,"
            + " program.overhead_per_account, program.demotion_churn_multiplier, kam.cost_per_kam, kam.attrition,"
            + " kam.vacancy_months, factor.persistence, factor.churn_correlation, factor.growth_correlation,"
            + " portfolio.churn_scale, portfolio.growth_shift, portfolio.margin_shift)",
        BAD + "sensitivity.yaml:7:20: sensitivity.ranges.kam.attrition: must be [low, high] with low <= high,"
            + " was [0.3, 0.1]",
        BAD + "sensitivity.yaml:8:30: sensitivity.ranges.program.ramp_months[1]: expected an integer, was 6.5",
        BAD + "sensitivity.yaml:9:29: sensitivity.ranges.portfolio.growth_shift: expected [low, high], two"
            + " numbers, was a list of 1"));
  }

  @Test
  void planChanges_badValues_areRejectedWithPositionAndField() {
    assertRejected("plan-changes-values.yaml", String.join("\n",
        BAD + "plan-changes-values.yaml:6:15: plan.changes[0].month: must be in [2, 24], was 1",
        BAD + "plan-changes-values.yaml:7:15: plan.changes[1].month: must be in [2, 24], was 30",
        BAD + "plan-changes-values.yaml:7:30: plan.changes[1].headcount: must be in [0, 1000000], was -1",
        BAD + "plan-changes-values.yaml:8:35: plan.changes[2].size: unknown field (expected one of month, promote,"
            + " demote, headcount)",
        BAD + "plan-changes-values.yaml:9:15: plan.changes[3].month: months must be strictly increasing, was 10"
            + " after 12",
        BAD + "plan-changes-values.yaml:10:7: plan.changes[4]: expected promote, demote or headcount"));
  }

  @Test
  void planChanges_promotingKeyDemotingStandardOrPromotingDemoted_areRejected() {
    assertRejected("plan-changes-membership.yaml", String.join("\n",
        BAD + "plan-changes-membership.yaml:5:27: plan.changes[0].promote: account \"A001\" is already key in"
            + " month 6",
        BAD + "plan-changes-membership.yaml:6:26: plan.changes[1].demote: account \"A004\" is not key in month 7",
        BAD + "plan-changes-membership.yaml:7:27: plan.changes[2].promote: account \"A006\" was demoted and"
            + " cannot be promoted again",
        BAD + "plan-changes-membership.yaml:8:27: plan.changes[3].promote: asks for 9 accounts, the portfolio"
            + " has 6"));
  }

  @Test
  void planChanges_phaseOverCapacity_isRejectedNamingItsMonth() {
    assertRejected("plan-changes-capacity.yaml", String.join("\n",
        BAD + "plan-changes-capacity.yaml:7:7: plan.changes[1]: month 13: 1 KAM x 4 capacity = 4 cannot carry the"
            + " key set of month 13 of load 8.5 (needs at least 3)",
        BAD + "plan-changes-capacity.yaml:8:30: plan.changes[2].headcount: month 20: 2 KAMs x 4 capacity = 8"
            + " cannot carry the key set of month 20 of load 8.5 (needs at least 3)"));
  }
}
