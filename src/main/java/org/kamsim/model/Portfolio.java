package org.kamsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The accounts of a business, in file order. Account indexes (0-based positions in this list) are how the
 * engine refers to accounts; ids are how users do.
 *
 * @param accounts the accounts, ids unique
 * @param criteria names of the scoring-criteria columns, in file order
 */
public record Portfolio(List<Account> accounts, List<String> criteria) {

  public Portfolio {
    accounts = List.copyOf(accounts);
    criteria = List.copyOf(criteria);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < accounts.size(); i++) {
      if (seen.put(accounts.get(i).id(), i) != null) {
        throw new IllegalArgumentException("id: duplicate account id " + accounts.get(i).id());
      }
    }
  }

  public int size() {
    return accounts.size();
  }

  public Account get(int index) {
    return accounts.get(index);
  }

  /** The index of the account with this id, if any. */
  public OptionalInt indexOf(String id) {
    for (int i = 0; i < accounts.size(); i++) {
      if (accounts.get(i).id().equals(id)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** Sum of today's annual revenue. */
  public double totalRevenue() {
    double total = 0;
    for (Account a : accounts) {
      total += a.revenue();
    }
    return total;
  }

  /** Indexes of today's key accounts, in file order. */
  public List<Integer> keyToday() {
    List<Integer> keys = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      if (accounts.get(i).key()) {
        keys.add(i);
      }
    }
    return keys;
  }

  /**
   * Account indexes by today's revenue, largest first; ties keep file order so that {@code top:N} is
   * deterministic.
   */
  public int[] byRevenueDescending() {
    Integer[] order = new Integer[accounts.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -accounts.get(i).revenue())
        .thenComparingInt(i -> i));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }
}
