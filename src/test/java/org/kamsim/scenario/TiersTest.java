package org.kamsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamsim.model.Plan;
import org.kamsim.model.PlanSpec;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;

/**
 * Tiers, ranks and the share gate (MODEL.md, "Scoring matrix and tiers") on the six accounts of
 * {@code scenario/portfolio.csv}, worked by hand. Equal weights over product_fit, solvency, relationship:
 * A001 (8,7,9) = 8; A002 (6,9,5) = 20/3; A003 (5,8,6) = 19/3; A004 (9,4,8) = 7; A005 (7,6,7) = 20/3;
 * A006 (3,5,4) = 4. Revenue 1.2M, 0.9M, 2.5M, 0.4M, 1.8M, 0.15M of 6.95M: shares 17.3%, 12.9%, 36.0%,
 * 5.76%, 25.9%, 2.16%, so {@code min_share: 0.06} gates A004 and A006.
 */
class TiersTest {
  private static final String DIR = "src/test/resources/scenario/";
  private static final String BAD = DIR + "bad/";

  private static Scenario load(String file) throws InputException {
    return ScenarioLoader.load(Path.of(DIR + file));
  }

  private static void assertRejected(String file, String message) {
    assertThatExceptionOfType(InputException.class)
        .isThrownBy(() -> ScenarioLoader.load(Path.of(BAD + file)))
        .withMessage(message);
  }

  @Test
  void tiers_handMadePortfolio_areExactAndGatedAccountsAreStandard() throws InputException {
    Scenario s = load("tiers.yaml");
    Scoring scoring = s.scoring();

    assertThat(scoring.tiers()).containsExactly(new Scoring.Tier("strategic", 7.5), new Scoring.Tier("key", 6.5),
        new Scoring.Tier("develop", 5));
    assertThat(scoring.minShare()).isEqualTo(0.06);
    // A004 scores 7 (key by score) but has 5.76% of revenue: standard. A006 scores 4: standard either way.
    assertThat(scoring.tierNames(s.portfolio()))
        .containsExactly("strategic", "key", "develop", "standard", "key", "standard");
    assertThat(scoring.gated(s.portfolio())).containsExactly(false, false, false, true, false, true);
  }

  @Test
  void rank_handMadePortfolio_isByScoreThenRevenueThenFileOrder() throws InputException {
    Scenario s = load("tiers.yaml");

    // A002 and A005 tie at 20/3: A005 has more revenue. The rank ignores the gate; score:N does not.
    assertThat(s.scoring().rank(s.portfolio())).containsExactly(0, 3, 4, 1, 2, 5);
    assertThat(s.scoring().eligibleRank(s.portfolio())).containsExactly(0, 4, 1, 2);
  }

  @Test
  void scoreN_neverChoosesAnAccountUnderMinShare() throws InputException {
    Scenario s = load("tiers.yaml");

    // Without the gate score:3 would be A001, A004, A005; A004 is under min_share, so A002 comes in.
    assertThat(s.planSpec()).isEqualTo(new PlanSpec.TopScore(3));
    assertThat(s.plan().key()).containsExactly("A001", "A002", "A005");
  }

  @Test
  void tierSelector_inThePlan_choosesThatTierAndHigherButNoGatedAccount() throws InputException {
    Scenario s = load("tiers-plan.yaml");

    // strategic A001 and key A002, A005; A004 (score 7) is under min_share. Load 2 + 1 + 1.5: two KAMs.
    assertThat(s.planSpec()).isEqualTo(new PlanSpec.AtLeastTier("key"));
    assertThat(s.plan()).isEqualTo(new Plan(List.of("A001", "A002", "A005"), 2));
  }

  @Test
  void tierSelector_inAShock_selectsThatTierAndHigherButNoGatedAccount() throws InputException {
    Scenario s = load("tiers.yaml");

    assertThat(s.shocks().get(0).selector().text()).isEqualTo("tier:key");
    assertThat(s.shocks().get(0).selector().mask(s.portfolio(), false))
        .containsExactly(true, true, false, false, true, false);
  }

  @Test
  void tiers_badValues_areAllRejectedWithFileLineAndField() {
    assertRejected("tiers.yaml", String.join("\n",
        BAD + "tiers.yaml:5:14: scoring.tiers[1].name: repeated tier name \"top\" (first at scoring.tiers[0])",
        BAD + "tiers.yaml:5:30: scoring.tiers[1].min_score: must be below the min_score of the tier above (8; tiers"
            + " are listed best first), was 9",
        BAD + "tiers.yaml:6:14: scoring.tiers[2].name: must not be empty",
        BAD + "tiers.yaml:6:29: scoring.tiers[2].min_score: must be in [1, 10], was 11",
        BAD + "tiers.yaml:7:14: scoring.tiers[3].name: \"standard\" is the tier of accounts in no listed tier;"
            + " name the tier otherwise",
        BAD + "tiers.yaml:8:7: scoring.tiers[4].name: missing (the tier's name)",
        BAD + "tiers.yaml:9:30: scoring.tiers[5].min_score: expected a number, was \"nine\"",
        BAD + "tiers.yaml:10:14: scoring.min_share: must be in [0, 1), was 1"));
  }

  @Test
  void tiers_wrongShapes_areRejectedWithFileLineAndField() {
    assertRejected("tiers-shape.yaml", String.join("\n",
        BAD + "tiers-shape.yaml:3:10: scoring.tiers: expected a list, was a mapping",
        BAD + "tiers-shape.yaml:4:14: scoring.min_share: expected a number, was \"half\""));
  }

  @Test
  void tierSelector_unknownTier_isRejectedNamingItAndTheTiers() {
    assertRejected("tier-selector.yaml", String.join("\n",
        BAD + "tier-selector.yaml:2:16: plan.select: unknown tier \"gold\" (tiers: key)",
        BAD + "tier-selector.yaml:6:12: shocks[0].lose: unknown tier \"silver\" (tiers: key)"));
  }

  @Test
  void scoreN_beyondTheAccountsOverMinShare_isRejected() {
    assertRejected("score-gated.yaml", BAD + "score-gated.yaml:2:16: plan.select: asks for 5 accounts, only 4 of"
        + " the 6 have at least scoring.min_share 0.06 of today's revenue");
  }
}
