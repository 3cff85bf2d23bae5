package org.kamsim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kamsim.model.Finance;

/**
 * A comparison of scenarios with a base (MODEL.md, {@code compare}): each run's outcome and its change
 * against the base, other minus base, in horizon revenue and profit, per trial where the two runs are
 * paired ({@link Pairing}) and from independent samples otherwise. The base is the first entry; its
 * change against itself is zero, paired.
 *
 * <p>When every scenario has the same {@code finance} section (MODEL.md, "Finance"), each entry also has its
 * change in NPV, paired or not as its revenue change is. When only some have one, or they discount
 * differently, no NPV change is computed: two NPVs at different rates are not the same quantity, and their
 * difference would mix the plans' effect with the rates'.
 */
public final class Comparison {
  private final List<Entry> entries;

  /**
   * One scenario of the comparison.
   *
   * @param outcome its run
   * @param revenueChange its horizon revenue minus the base's
   * @param profitChange its horizon profit minus the base's
   * @param npvChange its NPV minus the base's; empty unless every scenario has the same {@code finance}
   * @param unpairedBecause empty when paired with the base; otherwise what differs, in words
   */
  public record Entry(Outcome outcome, Difference revenueChange, Difference profitChange,
      Optional<Difference> npvChange, Optional<String> unpairedBecause) {
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
    boolean npv = sameFinance(outcomes);
    double[] baseNpv = npv ? base.npvByTrial().orElseThrow() : null;
    List<Entry> entries = new ArrayList<>(outcomes.size());
    for (Outcome o : outcomes) {
      Optional<String> why = Pairing.whyNot(base.scenario(), o.scenario());
      boolean paired = why.isEmpty();
      entries.add(new Entry(o, Difference.of(baseRevenue, o.revenueByTrial(), paired),
          Difference.of(baseProfit, o.profitByTrial(), paired),
          npv ? Optional.of(Difference.of(baseNpv, o.npvByTrial().orElseThrow(), paired)) : Optional.empty(),
          why));
    }
    return new Comparison(entries);
  }

  /** Whether every run has a {@code finance} section, and the same one: their NPVs are then comparable. */
  static boolean sameFinance(List<Outcome> outcomes) {
    Optional<Finance> first = outcomes.get(0).scenario().finance();
    return first.isPresent() && outcomes.stream().allMatch(o -> o.scenario().finance().equals(first));
  }

  /** Whether some run has a {@code finance} section (the comparison's files then carry NPV columns). */
  public boolean anyFinance() {
    return entries.stream().anyMatch(e -> e.outcome().scenario().finance().isPresent());
  }

  /** Whether the entries have NPV changes: every run has the same {@code finance}. */
  public boolean npvComparable() {
    return base().npvChange().isPresent();
  }

  /** Whether some run's plan changes during the horizon. */
  public boolean anyPhased() {
    return entries.stream().anyMatch(e -> e.outcome().phased());
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
