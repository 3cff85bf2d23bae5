package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Tolerances follow the conditioning of Phi: a relative change eps in x changes Phi(x) by about
 * x^2 eps relative in the lower tail, so two correct implementations that round x / sqrt(2) differently
 * already differ by ~x^2 * 2.2e-16 (3e-13 at x = -36). {@link #tolerance} allows a few ulps times that.
 */
class NormalTest {
  private final NormalDistribution reference = new NormalDistribution(0, 1);

  private static double tolerance(double x, double value) {
    return (1e-15 * (1 + x * x)) * Math.abs(value) + 1e-300;
  }

  /** commons-math's erfc is itself good to about 1e-14 relative (C's erfc agrees with ours to the bit). */
  private static double toleranceAgainstCommons(double x, double value) {
    return tolerance(x, value) + 2e-14 * Math.abs(value);
  }

  @Test
  void cdf_matchesCLibraryErfcValues() {
    // 0.5 * erfc(-x / sqrt(2)) from glibc (Python's math.erfc).
    double[][] cases = {{-36.2465, 5.641131107231971e-288}, {-20.0, 2.7536241186063314e-89},
        {-10.5, 4.319006317809258e-26}, {-5.3, 5.790134039964602e-08}, {-2.1, 0.017864420562816563},
        {0.3, 0.6179114221889526}, {3.7, 0.9998922002665226}};
    for (double[] c : cases) {
      assertThat(Normal.cdf(c[0])).as("x=%s", c[0]).isCloseTo(c[1], within(tolerance(c[0], c[1])));
    }
  }

  @Test
  void inverseCdf_roundTripsThroughCdf_acrossTheRange() {
    for (double p : new double[] {1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.02, 0.075, 0.3, 0.5, 0.7,
        0.925, 0.98, 0.999, 1 - 1e-10}) {
      double x = Normal.inverseCdf(p);
      assertThat(Normal.cdf(x)).as("p=%s", p).isCloseTo(p, within(tolerance(x, Math.min(p, 1 - p))));
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
  void cdf_agreesWithCommonsMathToRelativePrecision_inBothTails() {
    for (double x = -37; x <= 8.5; x += 0.0137) {
      double expected = reference.cumulativeProbability(x);
      assertThat(Normal.cdf(x)).as("x=%s", x)
          .isCloseTo(expected, within(toleranceAgainstCommons(x, expected)));
    }
  }

  @Test
  void churnClock_agreesWithMinusLogUpperTail_acrossTheRange() {
    for (double x = -30; x <= 30; x += 0.0731) {
      // -ln(1 - Phi(x)): through Phi(-x) on the right, through log1p(-Phi(x)) on the left, where
      // 1 - Phi(x) rounds to 1 (and commons-math underflows past 37 sigma, so stay inside).
      double expected = x > 0 ? -Math.log(reference.cumulativeProbability(-x))
          : -Math.log1p(-reference.cumulativeProbability(x));
      assertThat(Normal.churnClock(x)).as("x=%s", x)
          .isCloseTo(expected, within(toleranceAgainstCommons(x, expected)));
    }
    // Far right, where Phi(-x) underflows: by the Mills-ratio series Phi(-x) = phi(x)/x (1 - 1/x^2 + 3/x^4
    // - 15/x^6 + ...), E = x^2/2 + ln(x sqrt(2 pi)) - ln(1 - 1/x^2 + 3/x^4 - 15/x^6) (next term ~1e-12).
    double x = 50;
    double series = 1 - 1 / (x * x) + 3 / Math.pow(x, 4) - 15 / Math.pow(x, 6);
    assertThat(Normal.churnClock(x)).isCloseTo(
        x * x / 2 + Math.log(x * Math.sqrt(2 * Math.PI)) - Math.log(series), within(1e-9));
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
