package org.kamsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TailTrialsTest {
  /** The definition: sort the indexes by value (Double.compare), ties by index, take the first k. */
  private static int[] byDefinition(double[] values, double alpha) {
    int k = Stats.tailCount(values.length, alpha);
    int[] tail = IntStream.range(0, values.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> values[i]).thenComparingInt(i -> i))
        .limit(k).mapToInt(Integer::intValue).toArray();
    Arrays.sort(tail);
    return tail;
  }

  @Test
  void theLowestValuesWithTiesByIndexOnRandomData() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(400);
      double[] values = new double[n];
      int distinct = 1 + random.nextInt(n); // few distinct values: many ties at the cut-off
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(50);
        values[i] = kind == 0 ? Double.NaN : kind == 1 ? -0.0 : kind == 2 ? 0.0
            : kind == 3 ? Double.NEGATIVE_INFINITY : random.nextInt(distinct) - distinct / 2.0;
      }
      for (double alpha : new double[] {0.5, 0.9, 0.95, 0.99}) {
        assertThat(Simulator.tailTrials(values, Stats.sorted(values), alpha)).as("n=%d alpha=%s", n, alpha)
            .containsExactly(byDefinition(values, alpha));
      }
    }
  }

  @Test
  void allEqualTakesTheFirstIndexes() {
    double[] values = new double[100];
    Arrays.fill(values, 3.0);
    assertThat(Simulator.tailTrials(values, Stats.sorted(values), 0.95)).containsExactly(0, 1, 2, 3, 4);
  }
}
