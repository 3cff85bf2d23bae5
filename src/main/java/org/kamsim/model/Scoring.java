package org.kamsim.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The weighted scoring matrix used to choose key accounts: an account's score is the weighted mean of its
 * criteria scores, {@code sum(w_c * s_c) / sum(w_c)}, so it stays on the 1..10 scale of the criteria
 * whatever the weights add up to.
 *
 * <p>A portfolio without criteria columns has the empty scoring matrix: every score is NaN and
 * {@link #rank} falls back to revenue order.
 *
 * @param weights weight by criterion name, in the order given; empty only when there are no criteria
 */
public record Scoring(Map<String, Double> weights) {

  public Scoring {
    Map<String, Double> copy = new LinkedHashMap<>();
    double sum = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      Checks.nonNegative(e.getValue(), "scoring.weights." + e.getKey());
      copy.put(e.getKey(), e.getValue());
      sum += e.getValue();
    }
    if (!copy.isEmpty() && !(sum > 0)) {
      throw new IllegalArgumentException("scoring.weights: must have a positive weight");
    }
    weights = java.util.Collections.unmodifiableMap(copy);
  }

  /** Equal weights over the given criteria: the default when a scenario has no {@code scoring}. */
  public static Scoring equalWeights(List<String> criteria) {
    Map<String, Double> w = new LinkedHashMap<>();
    for (String c : criteria) {
      w.put(c, 1.0);
    }
    return new Scoring(w);
  }

  public double score(Account account) {
    double weighted = 0;
    double total = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      weighted += e.getValue() * account.criterion(e.getKey());
      total += e.getValue();
    }
    return weighted / total;
  }

  /** Account indexes by score, best first; ties go to the larger revenue, then to file order. */
  public int[] rank(Portfolio portfolio) {
    // Rounded so that weighted means equal on paper (7.2 vs 7.199999999999999) tie, and the documented
    // tie-break by revenue applies instead of floating-point noise.
    double[] scores = portfolio.accounts().stream()
        .mapToDouble(a -> Math.rint(score(a) * 1e9) / 1e9).toArray();
    return IntStream.range(0, portfolio.size()).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -scores[i])
            .thenComparingDouble(i -> -portfolio.get(i).revenue())
            .thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }
}
