package org.kamsim.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.kamsim.model.Portfolio;

/**
 * Maps a bit string over the accounts the search may choose (neither kept nor excluded) and a headcount
 * to a plan that always respects the constraints: the pinned accounts are always key, excluded ones
 * never, and when the key set is too heavy for the headcount, accounts are dropped, the least valuable
 * per unit of capacity first, until it fits. The search can therefore never produce an infeasible plan.
 */
final class PlanDecoder {
  /** Tolerance for sums of decimal complexities compared with a capacity. */
  private static final double SLACK = 1e-9;

  private final Portfolio portfolio;
  private final double capacityPerKam;
  private final int[] choosable;
  private final int[] kept;
  private final double keptLoad;
  /** Positions in {@link #choosable}, least valuable per capacity unit first. */
  private final int[] dropOrder;
  final int minHeadcount;
  final int maxHeadcount;

  /**
   * @param value per-account value of being key (mean profit uplift on the optimisation sample)
   */
  PlanDecoder(Portfolio portfolio, double capacityPerKam, int[] choosable, int[] kept,
      int minHeadcount, int maxHeadcount, double[] value) {
    this.portfolio = portfolio;
    this.capacityPerKam = capacityPerKam;
    this.choosable = choosable.clone();
    this.kept = kept.clone();
    double load = 0;
    for (int i : kept) {
      load += portfolio.get(i).complexity();
    }
    this.keptLoad = load;
    this.minHeadcount = minHeadcount;
    this.maxHeadcount = maxHeadcount;
    this.dropOrder = IntStream.range(0, choosable.length).boxed()
        .sorted(Comparator.comparingDouble((Integer j) ->
                value[choosable[j]] / portfolio.get(choosable[j]).complexity())
            .thenComparingInt(j -> -j))
        .mapToInt(Integer::intValue).toArray();
  }

  /** Accounts one KAM can carry, on average over the choosable accounts (for the GA's starting density). */
  double capacityPerKamForDensity() {
    double total = 0;
    for (int i : choosable) {
      total += portfolio.get(i).complexity();
    }
    return choosable.length == 0 ? 0 : capacityPerKam / (total / choosable.length);
  }

  int choosableCount() {
    return choosable.length;
  }

  /** Account index of choosable position j. */
  int account(int j) {
    return choosable[j];
  }

  /** Headcount values the search can pick. */
  int headcountRange() {
    return maxHeadcount - minHeadcount + 1;
  }

  /** The feasible plan for these chosen positions and headcount. */
  KeyPlan decode(BitSet chosen, int headcount) {
    double capacity = headcount * capacityPerKam + SLACK;
    double load = keptLoad;
    BitSet selected = (BitSet) chosen.clone();
    for (int j = selected.nextSetBit(0); j >= 0; j = selected.nextSetBit(j + 1)) {
      load += portfolio.get(choosable[j]).complexity();
    }
    for (int k = 0; k < dropOrder.length && load > capacity; k++) {
      int j = dropOrder[k];
      if (selected.get(j)) {
        selected.clear(j);
        load -= portfolio.get(choosable[j]).complexity();
      }
    }
    int[] key = new int[kept.length + selected.cardinality()];
    System.arraycopy(kept, 0, key, 0, kept.length);
    int n = kept.length;
    for (int j = selected.nextSetBit(0); j >= 0; j = selected.nextSetBit(j + 1)) {
      key[n++] = choosable[j];
    }
    KeyPlan plan = new KeyPlan(key, headcount);
    if (!fits(plan)) {
      throw new IllegalStateException("repair produced an infeasible plan: " + plan);
    }
    return plan;
  }

  /** The chosen positions of a plan (for seeding the search with known plans). */
  BitSet encode(KeyPlan plan) {
    BitSet bits = new BitSet(choosable.length);
    for (int j = 0; j < choosable.length; j++) {
      if (plan.contains(choosable[j])) {
        bits.set(j);
      }
    }
    return bits;
  }

  /** Whether a plan respects capacity, keep, exclude and the headcount range. */
  boolean fits(KeyPlan plan) {
    if (plan.headcount() < minHeadcount || plan.headcount() > maxHeadcount) {
      return false;
    }
    if (plan.load(portfolio) > plan.headcount() * capacityPerKam + SLACK) {
      return false;
    }
    for (int i : kept) {
      if (!plan.contains(i)) {
        return false;
      }
    }
    boolean[] allowed = new boolean[portfolio.size()];
    for (int i : choosable) {
      allowed[i] = true;
    }
    for (int i : kept) {
      allowed[i] = true;
    }
    for (int i : plan.indexes()) {
      if (!allowed[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The plan that takes accounts in the given order while they fit the headcount's capacity (pinned
   * accounts first, excluded ones skipped): the rule-of-thumb baselines.
   */
  KeyPlan fill(int[] order, int headcount) {
    double capacity = headcount * capacityPerKam + SLACK;
    double load = keptLoad;
    boolean[] isChoosable = new boolean[portfolio.size()];
    for (int i : choosable) {
      isChoosable[i] = true;
    }
    List<Integer> key = new ArrayList<>();
    for (int i : kept) {
      key.add(i);
    }
    for (int i : order) {
      double c = portfolio.get(i).complexity();
      if (isChoosable[i] && load + c <= capacity) {
        key.add(i);
        load += c;
      }
    }
    return new KeyPlan(key.stream().mapToInt(Integer::intValue).toArray(), headcount);
  }

  @Override
  public String toString() {
    return "PlanDecoder[choosable=" + Arrays.toString(choosable) + "]";
  }
}
