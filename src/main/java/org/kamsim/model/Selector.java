package org.kamsim.model;

import java.util.List;

/**
 * Which accounts a shock applies to (MODEL.md, "Selectors"). Parsed once from text such as
 * {@code segment=Retail} or {@code top:3}; {@link #text()} gives that text back for reports.
 */
public sealed interface Selector {

  /** Whether account {@code index} is selected, given whether it is in the evaluated plan's key set. */
  boolean selects(Portfolio portfolio, int index, boolean inKeySet);

  /** The selector as a user writes it. */
  String text();

  /** The selected accounts as a mask over account indexes, when every account has the same key status. */
  default boolean[] mask(Portfolio portfolio, boolean inKeySet) {
    boolean[] mask = new boolean[portfolio.size()];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = selects(portfolio, i, inKeySet);
    }
    return mask;
  }

  /** Every account. */
  record All() implements Selector {
    @Override public boolean selects(Portfolio p, int index, boolean inKeySet) {
      return true;
    }

    @Override public String text() {
      return "all";
    }
  }

  /** The accounts in the key set of the plan being evaluated (so the status quo sees its own key set). */
  record Key() implements Selector {
    @Override public boolean selects(Portfolio p, int index, boolean inKeySet) {
      return inKeySet;
    }

    @Override public String text() {
      return "key";
    }
  }

  /** The accounts not in the evaluated plan's key set. */
  record Standard() implements Selector {
    @Override public boolean selects(Portfolio p, int index, boolean inKeySet) {
      return !inKeySet;
    }

    @Override public String text() {
      return "standard";
    }
  }

  record Segment(String segment) implements Selector {
    public Segment {
      Checks.nonBlank(segment, "segment");
    }

    @Override public boolean selects(Portfolio p, int index, boolean inKeySet) {
      return p.get(index).segment().equals(segment);
    }

    @Override public String text() {
      return "segment=" + segment;
    }
  }

  record Region(String region) implements Selector {
    public Region {
      Checks.nonBlank(region, "region");
    }

    @Override public boolean selects(Portfolio p, int index, boolean inKeySet) {
      return p.get(index).region().equals(region);
    }

    @Override public String text() {
      return "region=" + region;
    }
  }

  record Ids(List<String> ids) implements Selector {
    public Ids {
      ids = List.copyOf(Checks.nonEmpty(ids, "id"));
    }

    @Override public boolean selects(Portfolio p, int index, boolean inKeySet) {
      return ids.contains(p.get(index).id());
    }

    @Override public String text() {
      return "id=" + String.join(",", ids);
    }
  }

  /** The {@code n} largest accounts by today's revenue (ties in file order). */
  record Top(int n) implements Selector {
    public Top {
      Checks.atLeast(n, 1, "top");
    }

    @Override public boolean selects(Portfolio p, int index, boolean inKeySet) {
      int[] order = p.byRevenueDescending();
      for (int i = 0; i < Math.min(n, order.length); i++) {
        if (order[i] == index) {
          return true;
        }
      }
      return false;
    }

    @Override public String text() {
      return "top:" + n;
    }

    /** Ranks once instead of once per account. */
    @Override public boolean[] mask(Portfolio p, boolean inKeySet) {
      boolean[] mask = new boolean[p.size()];
      int[] order = p.byRevenueDescending();
      for (int i = 0; i < Math.min(n, order.length); i++) {
        mask[order[i]] = true;
      }
      return mask;
    }
  }

  /**
   * {@code tier:NAME}: the accounts of tier {@code tier} of {@code scoring} or a higher one, on the portfolio
   * the selector is applied to (gated accounts are standard, so never selected).
   */
  record Tier(String tier, Scoring scoring) implements Selector {
    public Tier {
      Checks.nonBlank(tier, "tier");
      if (scoring.tierIndex(tier) < 0) {
        throw new IllegalArgumentException("tier: unknown tier " + tier);
      }
    }

    @Override public boolean selects(Portfolio p, int index, boolean inKeySet) {
      return mask(p, inKeySet)[index];
    }

    @Override public String text() {
      return "tier:" + tier;
    }

    /** Scores once instead of once per account. */
    @Override public boolean[] mask(Portfolio p, boolean inKeySet) {
      return scoring.atLeastTier(p, scoring.tierIndex(tier));
    }
  }
}
