package org.kamsim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.model.Selector;

/**
 * The reverse stress test (MODEL.md, "Analyses on common random numbers"): the fewest accounts whose certain
 * loss at month M takes the scenario below its survival threshold in horizon revenue
 * ({@code survival_threshold x revenue today x T / 12}).
 *
 * <p>Each account's draws depend only on (seed, trial, account), and losing one account changes no other
 * account's path, so on the same draws horizon revenue is additive over accounts: losing a set S takes away
 * exactly the revenue S's accounts would have earned from month M on. With {@code e_i} that expected
 * revenue (account i's mean revenue in the scenario minus its mean revenue when every account is lost at
 * M), expected horizon revenue after losing S is {@code mean - sum(e_i, S)}: taking accounts in descending
 * order of {@code e_i} (ties in portfolio order) and stopping at the first prefix below the threshold gives
 * a smallest such set, exactly (criterion {@link Criterion#EXPECTED}).
 *
 * <p>In the same order, the probability of falling below the threshold can only grow with the prefix,
 * trial by trial (revenue is a sum of non-negative account revenues, added in a fixed order, and rounding
 * is monotone), so the first prefix whose probability reaches one half is found by a binary search, one
 * simulated run per probe (criterion {@link Criterion#PROBABILITY_50}). It is the first such prefix of this
 * order, not necessarily the smallest set of any order.
 */
public final class ReverseStress {
  /** The share of trials below the threshold that {@link Criterion#PROBABILITY_50} looks for. */
  public static final double PROBABILITY = 0.5;

  /** What the set's loss must do. */
  public enum Criterion {
    /** Take expected horizon revenue below the survival threshold. */
    EXPECTED("expected"),
    /** Make the horizon revenue fall below the threshold in at least half of the trials. */
    PROBABILITY_50("probability_50");

    private final String text;

    Criterion(String text) {
      this.text = text;
    }

    /** The word in {@code reverse-stress.csv}. */
    public String text() {
      return text;
    }
  }

  /**
   * The answer for one criterion.
   *
   * @param reached whether some prefix meets the criterion (not when even losing every account at the
   *     month does not, as with a threshold of 0 or a late month)
   * @param count the set's size (0 when the scenario already meets the criterion); -1 when not reached
   * @param accounts the set's ids, in the order they were taken
   * @param lostShareToday their share of today's revenue (0 for the empty set, and when the portfolio earns
   *     nothing today); NaN when not reached
   * @param outcome the simulated run of the scenario losing the set; when not reached, losing every account
   */
  public record Answer(Criterion criterion, boolean reached, int count, List<String> accounts,
      double lostShareToday, Outcome outcome) {
    public Answer {
      accounts = List.copyOf(accounts);
    }
  }

  private final double survivalRevenue;
  private final double baseMean;
  private final int[] order;
  private final double[] expectedLoss;
  private final Answer expected;
  private final Answer probability50;

  private ReverseStress(double survivalRevenue, double baseMean, int[] order, double[] expectedLoss,
      Answer expected, Answer probability50) {
    this.survivalRevenue = survivalRevenue;
    this.baseMean = baseMean;
    this.order = order;
    this.expectedLoss = expectedLoss;
    this.expected = expected;
    this.probability50 = probability50;
  }

  /**
   * The most runs {@link #run} makes for {@code accounts} accounts: losing every account, the expected
   * set, and a binary search over prefix lengths 1..n-1 ({@code ceil(log2 n)} probes).
   */
  static int mostRuns(int accounts) {
    return 2 + (32 - Integer.numberOfLeadingZeros(Math.max(1, accounts) - 1));
  }

  /**
   * @param base the run of {@code scenario} itself
   * @param known runs already made of the scenario losing a set of accounts at {@code month} (the ladder's),
   *     by the set's ids: a prefix losing the same set is the same scenario on the same draws, so is not run
   *     again
   * @param runner runs scenarios on the same draws as {@code base}, one outcome each, in order
   */
  static ReverseStress run(Scenario scenario, int month, Outcome base, Map<Set<String>, Outcome> known,
      Function<List<Scenario>, List<Outcome>> runner) {
    Portfolio portfolio = scenario.portfolio();
    int n = portfolio.size();
    Outcome allLost = runner.apply(List.of(StressTest.losing(scenario, new Selector.All(), month))).get(0);
    double[] withAll = base.accountRevenue();
    double[] withNone = allLost.accountRevenue();
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      e[i] = withAll[i] - withNone[i];
    }
    int[] order = descending(e);
    double[] loss = new double[n];
    for (int k = 0; k < n; k++) {
      loss[k] = e[order[k]];
    }
    double threshold = base.survivalRevenue();
    double mean = base.revenue().mean();

    Map<Integer, Outcome> runs = new HashMap<>();
    runs.put(0, base);
    runs.put(n, allLost);
    Function<Integer, Outcome> prefix = k -> runs.computeIfAbsent(k, size -> {
      List<String> ids = ids(portfolio, order, size);
      Outcome same = known.get(Set.copyOf(ids));
      return same != null ? same
          : runner.apply(List.of(StressTest.losing(scenario, new Selector.Ids(ids), month))).get(0);
    });

    int expectedCount = -1;
    double cumulative = 0;
    for (int k = 0; k <= n; k++) {
      if (mean - cumulative < threshold) {
        expectedCount = k;
        break;
      }
      if (k < n) {
        cumulative += loss[k];
      }
    }
    Answer expected = answer(Criterion.EXPECTED, expectedCount, portfolio, order, expectedCount < 0 ? allLost
        : prefix.apply(expectedCount));

    int probabilityCount;
    if (base.probabilityBelow() >= PROBABILITY) {
      probabilityCount = 0;
    } else if (allLost.probabilityBelow() < PROBABILITY) {
      probabilityCount = -1;
    } else {
      int below = 0; // its probability is under one half
      int at = n; // its probability is at least one half
      while (at - below > 1) {
        int mid = (below + at) >>> 1;
        if (prefix.apply(mid).probabilityBelow() >= PROBABILITY) {
          at = mid;
        } else {
          below = mid;
        }
      }
      probabilityCount = at;
    }
    Answer probability50 = answer(Criterion.PROBABILITY_50, probabilityCount, portfolio, order,
        probabilityCount < 0 ? allLost : prefix.apply(probabilityCount));
    return new ReverseStress(threshold, mean, order, loss, expected, probability50);
  }

  private static Answer answer(Criterion criterion, int count, Portfolio portfolio, int[] order, Outcome run) {
    if (count < 0) {
      return new Answer(criterion, false, -1, List.of(), Double.NaN, run);
    }
    double today = portfolio.totalRevenue();
    double lost = 0;
    for (int k = 0; k < count; k++) {
      lost += portfolio.get(order[k]).revenue();
    }
    return new Answer(criterion, true, count, ids(portfolio, order, count), StressTest.shareToday(lost, today),
        run);
  }

  /** Account indexes by descending {@code values}, ties in index order. */
  static int[] descending(double[] values) {
    Integer[] idx = new Integer[values.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> {
      int c = Double.compare(values[b], values[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
  }

  private static List<String> ids(Portfolio portfolio, int[] order, int count) {
    List<String> ids = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      ids.add(portfolio.get(order[k]).id());
    }
    return ids;
  }

  /** {@code survival_threshold x revenue today x T / 12}, in horizon revenue. */
  public double survivalRevenue() {
    return survivalRevenue;
  }

  /** Expected horizon revenue of the scenario itself. */
  public double baseMean() {
    return baseMean;
  }

  /** Account indexes in the order they are taken: descending expected revenue from the month on. */
  public int[] order() {
    return order.clone();
  }

  /** The expected revenue from the month on of the account taken at each rank (a copy). */
  public double[] expectedLoss() {
    return expectedLoss.clone();
  }

  /** Expected horizon revenue after losing the first {@code count} accounts of {@link #order}, by additivity. */
  public double estimatedRevenueAfter(int count) {
    double cumulative = 0;
    for (int k = 0; k < count; k++) {
      cumulative += expectedLoss[k];
    }
    return baseMean - cumulative;
  }

  public Answer expected() {
    return expected;
  }

  public Answer probability50() {
    return probability50;
  }

  /** Both answers, expected first. */
  public List<Answer> answers() {
    return List.of(expected, probability50);
  }
}
