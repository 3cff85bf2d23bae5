package org.kamsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each sentence that describes a shape or a sign follows the figures it describes. */
class CaptionsTest {
  private static double[] running(double[] monthly) {
    double[] c = new double[monthly.length];
    double sum = 0;
    for (int i = 0; i < monthly.length; i++) {
      sum += monthly[i];
      c[i] = sum;
    }
    return c;
  }

  @Test
  void planValue_costsFirstThenEarns_paysBack() {
    double[] monthly = {-50_000, -40_000, -10_000, 20_000, 40_000, 60_000, 80_000};
    String text = Captions.planValue(monthly, running(monthly), OptionalInt.of(6));
    assertThat(text).startsWith("In month 1 the plan makes 50.0 thousand less profit than the status quo, but "
        + "from month 4 on it makes more every month (80.0 thousand more in month 7).")
        .contains("Its running total falls to \u2212100.0 thousand in month 3, turns positive in month 6 and ends at "
            + "100.0 thousand after 7 months: the plan pays back in month 6");
  }

  @Test
  void planValue_gainsFirstThenLoses_noPayback() {
    double[] monthly = {30_000, 20_000, -10_000, -30_000, -50_000};
    String text = Captions.planValue(monthly, running(monthly), OptionalInt.empty());
    assertThat(text).startsWith("In month 1 the plan makes 30.0 thousand more profit than the status quo, but "
        + "from month 3 on it makes less every month (50.0 thousand less in month 5).")
        .contains("Its running total peaks at 50.0 thousand in month 2, turns negative in month 5 and ends at "
            + "\u221240.0 thousand after 5 months: the plan does not pay back within the 5 months.")
        .doesNotContain("costs first");
  }

  @Test
  void planValue_alwaysAhead_paysBackFromMonthOne() {
    double[] monthly = {10_000, 20_000, 30_000};
    String text = Captions.planValue(monthly, running(monthly), OptionalInt.of(1));
    assertThat(text).contains("more profit than the status quo, and 30.0 thousand more in month 3")
        .contains("stays at or above zero throughout and ends at 60.0 thousand")
        .endsWith("the plan is never behind the status quo within the horizon (it has no up-front cost to "
            + "recover), so its payback month is 1.");
  }

  @Test
  void planValue_aheadThroughout_butLosingGround_saysFromWhen() {
    // The optimised plan of the bundled staffing scenario: ahead all along, behind each month from month 4.
    double[] monthly = {50_000, 40_000, 10_000, -5_000, -20_000, -35_000};
    String text = Captions.planValue(monthly, running(monthly), OptionalInt.of(1));
    assertThat(text).startsWith("In month 1 the plan makes 50.0 thousand more profit than the status quo, but "
        + "from month 4 on it makes less every month (35.0 thousand less in month 6).")
        .contains("peaks at 100.0 thousand in month 3");
  }

  @Test
  void fanSpread_widensOrNarrows_meanAboveOrBelowMedian() {
    assertThat(Captions.fanSpread(9e6, 11e6, 5e6, 15e6, 10.5e6, 10e6, 36))
        .contains("the band widens").contains("the mean lies above the median");
    assertThat(Captions.fanSpread(5e6, 15e6, 9e6, 11e6, 9.5e6, 10e6, 36))
        .contains("the band narrows").contains("the mean lies below the median");
    assertThat(Captions.fanSpread(9e6, 11e6, 5e6, 15e6, 10.1e6, 10e6, 36))
        .contains("the mean and the median are within 2% of each other");
  }

  @Test
  void convergence_flatFromGenerationOne_saysTheSearchAddedNothing() {
    assertThat(Captions.convergence(62.3e6, 62.3e6, 31, "a gain of 0", "62.3 million", "62.3 million"))
        .contains("did not improve after the first generation (62.3 million)")
        .contains("30 more generations confirmed it rather than adding to it");
    assertThat(Captions.convergence(60e6, 62.3e6, 40, "a gain of 2.30 million", "60.0 million", "62.3 million"))
        .isEqualTo("The joint search raised the best objective from 60.0 million in generation 1 to 62.3 million "
            + "by generation 40 (a gain of 2.30 million).");
  }
}
