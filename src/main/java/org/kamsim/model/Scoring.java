package org.kamsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The weighted scoring matrix used to choose key accounts (MODEL.md, "Scoring matrix and tiers"): an account's
 * score is the weighted mean of its criteria scores, {@code sum(w_c * s_c) / sum(w_c)}, so it stays on the
 * 1..10 scale of the criteria whatever the weights add up to.
 *
 * <p>Tiers name score bands, best first; an account whose share of today's revenue is below
 * {@code minShare} is gated: {@link #STANDARD} whatever its score, and never chosen by rule ({@code score:N},
 * {@code tier:NAME}, the optimiser), because the articles keep accounts that small out of a KAM program.
 *
 * <p>A portfolio without criteria columns has the empty scoring matrix: every score is NaN and
 * {@link #rank} falls back to revenue order.
 *
 * @param weights weight by criterion name, in the order given; empty only when there are no criteria
 * @param tiers the tiers, by {@code minScore} strictly descending; empty when the scenario names none
 * @param minShare share of today's revenue below which an account is never key by rule, in [0, 1); 0 = no gate
 */
public record Scoring(Map<String, Double> weights, List<Tier> tiers, double minShare) {

  /** The tier of an account in no listed tier, or gated by {@code min_share}. */
  public static final String STANDARD = "standard";

  /** A named score band: accounts scoring at least {@code minScore} (and less than the tier above). */
  public record Tier(String name, double minScore) {
    public Tier {
      Checks.nonBlank(name, "scoring.tiers.name");
      Checks.inRange(minScore, 1, 10, "scoring.tiers.min_score");
    }
  }

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
    tiers = List.copyOf(tiers);
    Set<String> names = new HashSet<>();
    for (int t = 0; t < tiers.size(); t++) {
      if (!names.add(tiers.get(t).name()) || tiers.get(t).name().equals(STANDARD)) {
        throw new IllegalArgumentException("scoring.tiers: repeated or reserved name " + tiers.get(t).name());
      }
      if (t > 0 && !(tiers.get(t).minScore() < tiers.get(t - 1).minScore())) {
        throw new IllegalArgumentException("scoring.tiers: min_score must be strictly descending");
      }
    }
    Checks.inHalfOpen(minShare, 0, 1, "scoring.min_share");
  }

  /** A matrix without tiers or share gate. */
  public Scoring(Map<String, Double> weights) {
    this(weights, List.of(), 0);
  }

  /** Equal weights over the given criteria: the default when a scenario has no {@code scoring}. */
  public static Scoring equalWeights(List<String> criteria) {
    Map<String, Double> w = new LinkedHashMap<>();
    for (String c : criteria) {
      w.put(c, 1.0);
    }
    return new Scoring(w);
  }

  /** The same weights with tiers and a share gate. */
  public Scoring withTiers(List<Tier> newTiers, double newMinShare) {
    return new Scoring(weights, newTiers, newMinShare);
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
        .mapToDouble(a -> comparable(score(a))).toArray();
    return IntStream.range(0, portfolio.size()).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -scores[i])
            .thenComparingDouble(i -> -portfolio.get(i).revenue())
            .thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  /** {@link #rank} without the gated accounts: the order in which {@code score:N} takes accounts. */
  public int[] eligibleRank(Portfolio portfolio) {
    boolean[] gated = gated(portfolio);
    return IntStream.of(rank(portfolio)).filter(i -> !gated[i]).toArray();
  }

  /**
   * Which accounts the share gate keeps out of the program: those whose share of today's revenue is below
   * {@code minShare}. None without a gate, or when today's total revenue is 0 (shares are then undefined).
   */
  public boolean[] gated(Portfolio portfolio) {
    boolean[] gated = new boolean[portfolio.size()];
    double total = portfolio.totalRevenue();
    if (minShare > 0 && total > 0) {
      for (int i = 0; i < gated.length; i++) {
        gated[i] = portfolio.get(i).revenue() / total < minShare;
      }
    }
    return gated;
  }

  /**
   * Each account's tier as an index into {@link #tiers}, or {@code tiers().size()} for {@link #STANDARD}:
   * the first tier whose {@code minScore <= score}, standard when none is or the account is gated.
   */
  public int[] tierIndexes(Portfolio portfolio) {
    boolean[] gated = gated(portfolio);
    int[] tier = new int[portfolio.size()];
    for (int i = 0; i < tier.length; i++) {
      tier[i] = tiers.size();
      double s = comparable(score(portfolio.get(i)));
      for (int t = 0; t < tiers.size() && !gated[i]; t++) {
        if (tiers.get(t).minScore() <= s) {
          tier[i] = t;
          break;
        }
      }
    }
    return tier;
  }

  /** Each account's tier name, {@link #STANDARD} for none. */
  public List<String> tierNames(Portfolio portfolio) {
    List<String> names = new ArrayList<>();
    for (int t : tierIndexes(portfolio)) {
      names.add(tierName(t));
    }
    return names;
  }

  /** The name of tier index {@code t} ({@code tiers().size()} is standard). */
  public String tierName(int t) {
    return t < tiers.size() ? tiers.get(t).name() : STANDARD;
  }

  /** The index of the tier named {@code name}, or -1 when there is none (standard is not a listed tier). */
  public int tierIndex(String name) {
    for (int t = 0; t < tiers.size(); t++) {
      if (tiers.get(t).name().equals(name)) {
        return t;
      }
    }
    return -1;
  }

  /**
   * The accounts of tier {@code t} or a higher one, as a mask; gated accounts are standard, so never in it.
   */
  public boolean[] atLeastTier(Portfolio portfolio, int t) {
    int[] tier = tierIndexes(portfolio);
    boolean[] mask = new boolean[tier.length];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = tier[i] <= t;
    }
    return mask;
  }

  /** A score rounded so that weighted means equal on paper compare equal (NaN stays NaN). */
  private static double comparable(double score) {
    return Math.rint(score * 1e9) / 1e9;
  }
}
