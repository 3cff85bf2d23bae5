package org.kamsim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DifferenceTest {
  @Test
  void paired_isTheMeanAndSpreadOfThePerTrialDifferences() {
    double[] base = {10, 20, 30, 40};
    double[] other = {9, 17, 29, 36}; // differences -1, -3, -1, -4
    Difference d = Difference.paired(base, other);
    assertThat(d.paired()).isTrue();
    assertThat(d.mean()).isEqualTo(-2.25);
    // sample sd of (-1, -3, -1, -4) = sqrt(6.75 / 3) = 1.5; stderr = 1.5 / 2
    assertThat(d.stderr()).isCloseTo(0.75, within(1e-12));
    assertThat(d.ci95Low()).isCloseTo(-2.25 - 1.959963984540054 * 0.75, within(1e-12));
    assertThat(d.probabilityLower()).isEqualTo(1.0);
    // type-7 quantile of sorted (-4, -3, -1, -1) at 0.05: -4 + 0.15 x 1
    assertThat(d.p05()).isCloseTo(-3.85, within(1e-12));
  }

  @Test
  void unpaired_addsTheStandardErrorsInQuadrature_andHasNoPerTrialFigures() {
    double[] base = {10, 20, 30, 40};
    double[] other = {9, 17, 29, 36};
    Difference d = Difference.unpaired(base, other);
    double seBase = Math.sqrt(500.0 / 3) / 2; // sd of 10..40 step 10 is sqrt(500/3)
    double meanOther = (9 + 17 + 29 + 36) / 4.0;
    double ssOther = 0;
    for (double x : other) {
      ssOther += (x - meanOther) * (x - meanOther);
    }
    double seOther = Math.sqrt(ssOther / 3) / 2;
    assertThat(d.paired()).isFalse();
    assertThat(d.mean()).isCloseTo(-2.25, within(1e-12));
    assertThat(d.stderr()).isCloseTo(Math.hypot(seBase, seOther), within(1e-12));
    assertThat(d.p05()).isNaN();
    assertThat(d.probabilityLower()).isNaN();
  }
}
