package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalTest {
  private final NormalDistribution reference = new NormalDistribution(0, 1);

  @Test
  void inverseCdf_roundTripsThroughCdf_acrossTheRange() {
    for (double p : new double[] {1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.02, 0.075, 0.3, 0.5, 0.7,
        0.925, 0.98, 0.999, 1 - 1e-10}) {
      double x = Normal.inverseCdf(p);
      assertThat(Normal.cdf(x)).as("p=%s", p).isCloseTo(p, within(1e-13 * Math.min(p, 1 - p) + 1e-300));
    }
  }

  @Test
  void inverseCdf_agreesWithCommonsMathInTheBody() {
    for (double p = 0.01; p < 1; p += 0.01) {
      assertThat(Normal.inverseCdf(p)).isCloseTo(reference.inverseCumulativeProbability(p), within(1e-12));
    }
  }

  @Test
  void inverseCdf_endpointsAndNaN() {
    assertThat(Normal.inverseCdf(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Normal.inverseCdf(1)).isEqualTo(Double.POSITIVE_INFINITY);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Normal.inverseCdf(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void churnClock_isMinusLogOfUpperTail_withoutCancellation() {
    assertThat(Normal.churnClock(0)).isCloseTo(Math.log(2), within(1e-15));
    // Far left: 1 - Phi(x) is 1 - tiny; -ln(1 - Phi(x)) ~ Phi(x).
    assertThat(Normal.churnClock(-10)).isCloseTo(reference.cumulativeProbability(-10), within(1e-35));
    // Far right: -ln Phi(-x) ~ x^2 / 2 + ln(x sqrt(2 pi)).
    assertThat(Normal.churnClock(8)).isCloseTo(-Math.log(reference.cumulativeProbability(-8)), within(1e-9));
  }
}
