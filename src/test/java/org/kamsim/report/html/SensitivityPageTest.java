package org.kamsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamsim.results.SensitivityRows;
import org.kamsim.results.Table;

/** The sensitivity page's sentences, each from the rows of a hand-made {@code sensitivity.csv}. */
class SensitivityPageTest {
  private final SensitivityPage page = new SensitivityPage(SensitivityRows.mixed());

  @Test
  void noEffect_namesTheMeasure_andListsOnlyTheFlaggedInputs_notTheUShapedOne() {
    assertThat(page.noEffect()).isEqualTo("No effect on the plan's incremental profit in this scenario: "
        + "kam.cost_per_kam (at its low and high values every trial gives exactly the base run's figure; see How "
        + "to read it). Not varied: kam.attrition (low equals high, so the swing is 0 whatever the effect; a base "
        + "of 0 stays 0 at half and one and a half times it: set a range under sensitivity.ranges).");
  }

  @Test
  void uShapedResponse_isSaid_notCalledNoEffect() {
    assertThat(page.bothWays()).isEqualTo("Both the low and the high value make the plan's incremental profit "
        + "worse than at the base (each change more than 2 standard errors): program.ramp_months; the swing, high "
        + "against low, understates how much it matters.");
  }

  @Test
  void probabilityBelow_equalValuesButNotTheSameTrials_isNotNoEffect() {
    Table t = new SensitivityRows("probability_below")
        .row("factor.persistence", 0.9, 0.45, 1, 0.05, 0.05, 0.05, 0.002, 0.002, false, true, true)
        .row("kam.cost_per_kam", 150_000, 75_000, 225_000, 0.05, 0.05, 0.05, 0, 0, true, false, false)
        .table();
    assertThat(new SensitivityPage(t).noEffect()).isEqualTo("No effect on the probability of falling below the "
        + "survival threshold in this scenario: kam.cost_per_kam (at its low and high values every trial gives "
        + "exactly the base run's figure; see How to read it).");
  }

  @Test
  void noise_listsTheInputsWithinTwoStandardErrors() {
    assertThat(page.noise(1_000)).isEqualTo("Not distinguishable from noise at this number of trials (1,000): "
        + "kam.vacancy_months (the changes from the base at low and at high are both within 2 standard errors "
        + "of zero; grey in the chart), so its rank is not reliable; more trials would tell.");
  }

  @Test
  void clipped_namesTheRangesCutShort() {
    assertThat(page.clipped()).isEqualTo("Clipped to what the input may take, so the ranking compares ranges of "
        + "unequal width: factor.persistence (0.45 to 1 around 0.9).");
  }

  @Test
  void incremental_explainsBothSides_andTheDroppedKeyAccounts() {
    String both = "Incremental profit is the plan minus the status quo on the same futures; today's key accounts "
        + "get the program in the status quo too, so an input that makes the program better or worse changes "
        + "both, and the plan's advantage can move either way.";
    assertThat(SensitivityPage.incremental(0)).isEqualTo(both);
    assertThat(SensitivityPage.incremental(9)).isEqualTo(both + " This plan drops 9 of today's key accounts: they "
        + "keep the program in the status quo but not in the plan, where their churn is multiplied by "
        + "program.demotion_churn_multiplier; a better program (a smaller discount, a stronger churn effect) "
        + "raises the status quo's profit on them, and so can lower the plan's advantage.");
  }

  @Test
  void render_countsEachDistinctRunOnce_andSaysItAll() {
    String html = page.render("base", 1_000, 36, 9, null, List.of("sensitivity.csv", "run.json"));
    // The base, and low and high of the five varied inputs.
    assertThat(html).contains("6 inputs changed one at a time, 11 runs of 1,000 trials");
    assertThat(html).contains("This plan drops 9 of today&#39;s key accounts")
        .contains("because the scenario does not use it, or because it changes the plan and the status quo alike")
        .contains("<td>noise</td>").contains("<td>no effect</td>").contains("<td>not varied</td>")
        .contains("<td>clipped</td>");
    Table sameLowHigh = new SensitivityRows("profit")
        .row("program.discount", 0.02, 0.03, 0.03, 10, 9, 9, 1, 1, false, false, false).table();
    assertThat(new SensitivityPage(sameLowHigh).render("base", 100, 12, 0, null, List.of()))
        .contains("1 input changed one at a time, 2 runs of 100 trials");
  }
}
