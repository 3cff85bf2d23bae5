package org.kamsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.kamsim.model.Account;
import org.kamsim.model.KamPolicy;
import org.kamsim.model.Limits;
import org.kamsim.model.Objective;
import org.kamsim.model.OptimiseSpec;
import org.kamsim.model.Plan;
import org.kamsim.model.Program;
import org.kamsim.model.Selector;
import org.kamsim.model.Shock;

/**
 * The model's records check the limits the reader checks (model.Limits), as the last line of defence for
 * values built in code: each refuses the first value beyond a limit and takes the limit itself.
 */
class RecordLimitsTest {

  private static Account account(double revenue, double costToServe, double growth, double volatility,
      double potential) {
    return new Account("A", "", "", "", revenue, 0.3, costToServe, 0.1, growth, volatility, potential, 1, false,
        Map.of());
  }

  @Test
  void account_beyondEachLimit_isRefusedAndAtEachLimitIsBuilt() {
    assertThat(account(1e12, 1e12, 10, 5, 1e12).revenue()).isEqualTo(1e12);
    assertThat(account(1e12, 1e12, 10, 5, Double.POSITIVE_INFINITY).hasPotential()).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> account(1.1e12, 0, 0, 0, Double.POSITIVE_INFINITY))
        .withMessage("revenue: must be in [0, 1e12], was 1100000000000");
    assertThatIllegalArgumentException().isThrownBy(() -> account(1, 1e300, 0, 0, Double.POSITIVE_INFINITY))
        .withMessage("cost_to_serve: must be in [0, 1e12], was 1e300");
    assertThatIllegalArgumentException().isThrownBy(() -> account(1, 0, 10.5, 0, Double.POSITIVE_INFINITY))
        .withMessage("growth: must be <= 10, was 10.5");
    assertThatIllegalArgumentException().isThrownBy(() -> account(1, 0, 0, 5.5, Double.POSITIVE_INFINITY))
        .withMessage("volatility: must be in [0, 5], was 5.5");
    assertThatIllegalArgumentException().isThrownBy(() -> account(1, 0, 0, 0, 2e12))
        .withMessage("potential: must be in [0, 1e12] or empty, was 2000000000000");
  }

  @Test
  void programKamPolicyAndShocks_beyondTheirLimits_areRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Program(0.5, 10.5, 12, 0.02, 0, 1.5))
        .withMessage("program.growth_uplift: must be in [-1, 10], was 10.5");
    assertThatIllegalArgumentException().isThrownBy(() -> new Program(0.5, 0.05, 12, 0.02, 2e12, 1.5))
        .withMessage("program.overhead_per_account: must be in [0, 1e12], was 2000000000000");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new KamPolicy(OptionalInt.of(1_000_001), 4, 1, 0.1, 3, OptionalInt.empty()))
        .withMessage("kam.headcount: must be in [0, 1000000], was 1000001");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new KamPolicy(OptionalInt.empty(), 4, 1e13, 0.1, 3, OptionalInt.empty()))
        .withMessage("kam.cost_per_kam: must be in [0, 1e12], was 1e13");
    assertThatIllegalArgumentException().isThrownBy(() -> new Shock.GrowthShock(10.5, new Selector.All(), 1, 2))
        .withMessage("growth_shock: must be <= 10, was 10.5");
    assertThatIllegalArgumentException().isThrownBy(() -> new Shock.MarginShock(-1.5, new Selector.All(), 1, 2))
        .withMessage("margin_shock: must be in [-1, 1], was -1.5");
    assertThatIllegalArgumentException().isThrownBy(() -> new Plan(List.of(), Limits.MAX_HEADCOUNT + 1))
        .withMessage("headcount: must be in [0, 1000000], was 1000001");
  }

  @Test
  void optimiseSpec_headcountAboveTheCap_isRefusedAndItsDefaultsStayWithin() {
    assertThatIllegalArgumentException().isThrownBy(() -> new OptimiseSpec(Objective.MEAN, 0.5, 0.95, 1,
            Limits.MAX_HEADCOUNT + 1, List.of(), List.of(), 60, 200, 30, 5, 100))
        .withMessage("optimise.headcount[1]: must be in [1, 1000000], was 1000001");
    assertThat(OptimiseSpec.defaults(Limits.MAX_HEADCOUNT, 10_000).headcountMax()).isEqualTo(Limits.MAX_HEADCOUNT);
  }
}
