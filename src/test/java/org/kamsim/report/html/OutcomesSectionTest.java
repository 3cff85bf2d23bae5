package org.kamsim.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutcomesSectionTest {
  private static final int ACCOUNTS = 100;
  private static final int TRIALS = 4_000;

  @Test
  void lostTogether_silentForIndependentLosses() {
    // Each account lost with probability 0.2 on its own: the count is binomial, its spread sqrt(100 x 0.16) = 4.
    SplittableRandom random = new SplittableRandom(1);
    int[] lost = new int[TRIALS];
    for (int t = 0; t < TRIALS; t++) {
      for (int a = 0; a < ACCOUNTS; a++) {
        lost[t] += random.nextDouble() < 0.2 ? 1 : 0;
      }
    }
    double[] p = new double[ACCOUNTS];
    Arrays.fill(p, 0.2);
    assertThat(OutcomesSection.lostTogether(lost, p)).isEmpty();
  }

  @Test
  void lostTogether_saysSoWhenAccountsLeaveTogether() {
    // All accounts lost together in 20% of trials, none otherwise: each still has p = 0.2, but the count's
    // standard deviation is 100 x sqrt(0.16) = 40, ten times the binomial 4.
    SplittableRandom random = new SplittableRandom(2);
    int[] lost = new int[TRIALS];
    for (int t = 0; t < TRIALS; t++) {
      lost[t] = random.nextDouble() < 0.2 ? ACCOUNTS : 0;
    }
    double[] p = new double[ACCOUNTS];
    Arrays.fill(p, 0.2);
    String text = OutcomesSection.lostTogether(lost, p);
    assertThat(text).contains("against 4.0 for independent losses");
    double sd = Double.parseDouble(text.replaceAll(".*standard deviation is ([0-9.]+) accounts.*", "$1"));
    assertThat(sd).isBetween(38.0, 42.0); // 40 within sampling error (s.e. of the sd about 0.5)
  }
}
