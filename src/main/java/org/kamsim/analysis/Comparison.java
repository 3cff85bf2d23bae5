package org.kamsim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A comparison of scenarios with a base (MODEL.md, {@code compare}): each run's outcome and its change
 * against the base, other minus base, in horizon revenue and profit, per trial where the two runs are
 * paired ({@link Pairing}) and from independent samples otherwise. The base is the first entry; its
 * change against itself is zero, paired.
 */
public final class Comparison {
  private final List<Entry> entries;

  /**
   * One scenario of the comparison.
   *
   * @param outcome its run
   * @param revenueChange its horizon revenue minus the base's
   * @param profitChange its horizon profit minus the base's
   * @param unpairedBecause empty when paired with the base; otherwise what differs, in words
   */
  public record Entry(Outcome outcome, Difference revenueChange, Difference profitChange,
      Optional<String> unpairedBecause) {
    public boolean paired() {
      return unpairedBecause.isEmpty();
    }
  }

  private Comparison(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * @param outcomes the runs, the base first
   * @throws IllegalArgumentException with fewer than two runs: there is nothing to compare
   */
  public static Comparison of(List<Outcome> outcomes) {
    if (outcomes.size() < 2) {
      throw new IllegalArgumentException("a comparison needs a base and at least one other run, was "
          + outcomes.size());
    }
    Outcome base = outcomes.get(0);
    double[] baseRevenue = base.revenueByTrial();
    double[] baseProfit = base.profitByTrial();
    List<Entry> entries = new ArrayList<>(outcomes.size());
    for (Outcome o : outcomes) {
      Optional<String> why = Pairing.whyNot(base.scenario(), o.scenario());
      boolean paired = why.isEmpty();
      entries.add(new Entry(o, Difference.of(baseRevenue, o.revenueByTrial(), paired),
          Difference.of(baseProfit, o.profitByTrial(), paired), why));
    }
    return new Comparison(entries);
  }

  /** The base's entry. */
  public Entry base() {
    return entries.get(0);
  }

  /** Every entry, the base first. */
  public List<Entry> entries() {
    return entries;
  }
}
