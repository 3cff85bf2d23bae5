package org.kamsim.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.kamsim.model.Objective;
import org.kamsim.simulation.RiskMeasures;
import org.kamsim.simulation.Stats;
import org.junit.jupiter.api.Test;

class ObjectiveFunctionTest {
  private final SplittableRandom random = new SplittableRandom(3);

  @Test
  void select_putsTheKSmallestFirst_likeASort() {
    for (int n : new int[] {1, 2, 7, 100, 1001}) {
      double[] values = random.ints(n, -5, 5).asDoubleStream().toArray(); // many ties, no -0.0
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      for (int k : new int[] {0, n / 2, n - 1}) {
        double[] a = values.clone();
        ObjectiveFunction.select(a, k);
        assertThat(a[k]).isEqualTo(sorted[k]);
        double[] head = Arrays.copyOf(a, k + 1);
        Arrays.sort(head);
        assertThat(head).containsExactly(Arrays.copyOf(sorted, k + 1));
      }
    }
  }

  @Test
  void meanEs_isMeanMinusLambdaTimesTheSummarysEs95() {
    double[] profit = random.doubles(2_000, -1e6, 3e6).toArray();
    ObjectiveFunction f = new ObjectiveFunction(Objective.MEAN_ES, 0.5, 0.95, 0);
    double expected = Stats.mean(profit) - 0.5 * RiskMeasures.of(profit, Stats.sorted(profit)).es95();
    assertThat(f.value(profit, profit, new double[profit.length])).isCloseTo(expected, within(1e-6));
    assertThat(f.score(profit, profit).value()).isCloseTo(expected, within(1e-6));
  }

  @Test
  void meanScore_stderrIsTheStandardErrorOfTheMean() {
    double[] profit = random.doubles(500, 0, 10).toArray();
    ObjectiveFunction.Score s = new ObjectiveFunction(Objective.MEAN, 0, 0.95, 0).score(profit, profit);
    assertThat(s.value()).isEqualTo(Stats.mean(profit));
    assertThat(s.stderr()).isCloseTo(Stats.standardError(profit), within(1e-12));
  }

  @Test
  void survival_isShareReachingTheThreshold_withBinomialStderr() {
    double[] revenue = new double[1_000];
    for (int i = 0; i < revenue.length; i++) {
      revenue[i] = i < 300 ? 10 : 100;
    }
    ObjectiveFunction.Score s = new ObjectiveFunction(Objective.SURVIVAL, 0, 0.95, 50)
        .score(revenue, revenue);
    assertThat(s.value()).isEqualTo(0.7);
    // Sample standard deviation of the indicator with n - 1: sqrt(0.7 * 0.3 * n / (n - 1)) / sqrt(n).
    assertThat(s.stderr()).isCloseTo(Math.sqrt(0.21 / 999), within(1e-12));
  }

  @Test
  void pairedDifference_ofAPlanWithItselfShiftedIsExact() {
    double[] a = random.doubles(1_000, 0, 10).toArray();
    double[] b = Arrays.stream(a).map(x -> x - 1).toArray();
    ObjectiveFunction f = new ObjectiveFunction(Objective.MEAN_ES, 0.3, 0.9, 0);
    ObjectiveFunction.Difference d = f.score(a, a).minus(f.score(b, b));
    assertThat(d.value()).isCloseTo(1.0, within(1e-9));
    assertThat(d.stderr()).isCloseTo(0.0, within(1e-9));
  }
}
