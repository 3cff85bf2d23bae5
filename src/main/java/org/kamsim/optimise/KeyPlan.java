package org.kamsim.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kamsim.model.Plan;
import org.kamsim.model.Portfolio;

/**
 * A candidate decision: the key accounts (portfolio indexes, ascending, distinct) and the headcount.
 * Equal plans are equal objects, so finalists can be de-duplicated.
 */
public final class KeyPlan {
  private final int[] key;
  private final int headcount;

  KeyPlan(int[] key, int headcount) {
    int[] sorted = key.clone();
    Arrays.sort(sorted);
    this.key = sorted;
    this.headcount = headcount;
  }

  /** The key account indexes; package-private and not copied because scoring is a hot path. */
  int[] indexes() {
    return key;
  }

  public int size() {
    return key.length;
  }

  public int headcount() {
    return headcount;
  }

  public boolean contains(int account) {
    return Arrays.binarySearch(key, account) >= 0;
  }

  /** Total complexity of the key set. */
  public double load(Portfolio portfolio) {
    double load = 0;
    for (int i : key) {
      load += portfolio.get(i).complexity();
    }
    return load;
  }

  /** As a model plan (ids in portfolio order). */
  public Plan toPlan(Portfolio portfolio) {
    List<String> ids = new ArrayList<>(key.length);
    for (int i : key) {
      ids.add(portfolio.get(i).id());
    }
    return new Plan(ids, headcount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyPlan p && p.headcount == headcount && Arrays.equals(p.key, key);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(key) + headcount;
  }

  @Override
  public String toString() {
    return "KeyPlan" + Arrays.toString(key) + " x" + headcount;
  }
}
