package org.kamsim.model;

import java.util.List;

/**
 * A resolved KAM plan: the key set (account ids, in portfolio order) and the KAM headcount.
 *
 * @param key ids of the accounts in the key set
 * @param headcount KAMs staffed
 */
public record Plan(List<String> key, int headcount) {
  public Plan {
    key = List.copyOf(key);
    Checks.inRange(headcount, 0, Limits.MAX_HEADCOUNT, "headcount");
  }

  /** The key set as a membership mask over the portfolio's account indexes. */
  public boolean[] mask(Portfolio portfolio) {
    boolean[] mask = new boolean[portfolio.size()];
    for (String id : key) {
      int index = portfolio.indexOf(id).orElseThrow(
          () -> new IllegalArgumentException("plan.key: unknown account id " + id));
      mask[index] = true;
    }
    return mask;
  }

  /** Total complexity of the key set. */
  public double load(Portfolio portfolio) {
    double load = 0;
    boolean[] mask = mask(portfolio);
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        load += portfolio.get(i).complexity();
      }
    }
    return load;
  }
}
