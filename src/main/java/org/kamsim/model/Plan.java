package org.kamsim.model;

import java.util.Arrays;
import java.util.List;

/**
 * A resolved KAM plan: the key set of month 1 (account ids, in portfolio order), its KAM headcount and the
 * changes that later months make to both (MODEL.md, "Phased plans").
 *
 * @param key ids of the accounts in the month-1 key set
 * @param headcount KAMs staffed from month 1
 * @param changes the plan's phases, months strictly increasing; empty for a plan that never changes
 */
public record Plan(List<String> key, int headcount, List<Change> changes) {
  public Plan {
    key = List.copyOf(key);
    Checks.inRange(headcount, 0, Limits.MAX_HEADCOUNT, "headcount");
    changes = List.copyOf(changes);
    for (int c = 1; c < changes.size(); c++) {
      if (changes.get(c).month() <= changes.get(c - 1).month()) {
        throw new IllegalArgumentException("plan.changes: months must be strictly increasing");
      }
    }
  }

  /** A plan with one key set and one headcount for the whole horizon. */
  public Plan(List<String> key, int headcount) {
    this(key, headcount, List.of());
  }

  /**
   * One phase of a plan, resolved: from {@code month} on, {@code promote} join the key set, {@code demote}
   * leave it, and the program has {@code headcount} KAMs.
   *
   * @param month first month of the phase, at least 2
   * @param promote ids joining the key set in that month, in portfolio order
   * @param demote ids leaving the key set in that month, in portfolio order
   * @param headcount KAMs from that month on
   */
  public record Change(int month, List<String> promote, List<String> demote, int headcount) {
    public Change {
      Checks.atLeast(month, 2, "plan.changes.month");
      promote = List.copyOf(promote);
      demote = List.copyOf(demote);
      Checks.inRange(headcount, 0, Limits.MAX_HEADCOUNT, "plan.changes.headcount");
    }
  }

  /** Whether the plan changes during the horizon. */
  public boolean phased() {
    return !changes.isEmpty();
  }

  /** The key set as a membership mask over the portfolio's account indexes (month 1). */
  public boolean[] mask(Portfolio portfolio) {
    return mask(portfolio, key);
  }

  private static boolean[] mask(Portfolio portfolio, List<String> ids) {
    boolean[] mask = new boolean[portfolio.size()];
    for (String id : ids) {
      mask[index(portfolio, id)] = true;
    }
    return mask;
  }

  private static int index(Portfolio portfolio, String id) {
    return portfolio.indexOf(id).orElseThrow(
        () -> new IllegalArgumentException("plan.key: unknown account id " + id));
  }

  /** The key set of month {@code month} (1-based) as a mask: month 1's with every change up to it applied. */
  public boolean[] maskAt(Portfolio portfolio, int month) {
    boolean[] mask = mask(portfolio);
    for (Change c : changes) {
      if (c.month() > month) {
        break;
      }
      c.promote().forEach(id -> mask[index(portfolio, id)] = true);
      c.demote().forEach(id -> mask[index(portfolio, id)] = false);
    }
    return mask;
  }

  /** The KAM headcount of month {@code month} (1-based). */
  public int headcountAt(int month) {
    int k = headcount;
    for (Change c : changes) {
      if (c.month() <= month) {
        k = c.headcount();
      }
    }
    return k;
  }

  /**
   * The month each account joins the key set in this plan (1 for the month-1 set), {@code horizon + 1}
   * when it never does; an account is key in months {@code [join, leave)}.
   */
  public int[] joinMonths(Portfolio portfolio, int horizon) {
    int[] join = new int[portfolio.size()];
    Arrays.fill(join, horizon + 1);
    key.forEach(id -> join[index(portfolio, id)] = 1);
    for (Change c : changes) {
      for (String id : c.promote()) {
        join[index(portfolio, id)] = Math.min(join[index(portfolio, id)], c.month());
      }
    }
    return join;
  }

  /**
   * The month each account leaves the key set by a change, {@code horizon + 1} when it never does (a
   * demoted account cannot come back, so each account is key in at most one run of months).
   */
  public int[] leaveMonths(Portfolio portfolio, int horizon) {
    int[] leave = new int[portfolio.size()];
    Arrays.fill(leave, horizon + 1);
    for (Change c : changes) {
      for (String id : c.demote()) {
        leave[index(portfolio, id)] = Math.min(leave[index(portfolio, id)], c.month());
      }
    }
    return leave;
  }

  /** Total complexity of the month-1 key set. */
  public double load(Portfolio portfolio) {
    return load(portfolio, mask(portfolio));
  }

  /** Total complexity of the accounts in {@code mask}. */
  public static double load(Portfolio portfolio, boolean[] mask) {
    double load = 0;
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        load += portfolio.get(i).complexity();
      }
    }
    return load;
  }
}
