package org.kamsim.model;

/**
 * A deterministic scenario event (MODEL.md, "Scenario shocks"). Months are 1-based and inclusive.
 */
public sealed interface Shock {

  Selector selector();

  /** The selected accounts are lost for certain at {@code month}: they earn nothing from that month on. */
  record Lose(Selector selector, int month) implements Shock {
    public Lose {
      Checks.atLeast(month, 1, "month");
    }
  }

  /** Annual churn of the selected accounts is multiplied by {@code factor} in months [from, to]. */
  record ChurnShock(double factor, Selector selector, int from, int to) implements Shock {
    public ChurnShock {
      Checks.nonNegative(factor, "churn_shock");
      checkWindow(from, to);
    }
  }

  /** {@code add} is added to the annual growth of the selected accounts in months [from, to]. */
  record GrowthShock(double add, Selector selector, int from, int to) implements Shock {
    public GrowthShock {
      Checks.finite(add, "growth_shock");
      Checks.atMost(add, Limits.MAX_GROWTH, "growth_shock");
      checkWindow(from, to);
    }
  }

  /** {@code add} is added to the margin of the selected accounts in months [from, to]. */
  record MarginShock(double add, Selector selector, int from, int to) implements Shock {
    public MarginShock {
      Checks.inRange(add, -Limits.MAX_MARGIN_SHOCK, Limits.MAX_MARGIN_SHOCK, "margin_shock");
      checkWindow(from, to);
    }
  }

  private static void checkWindow(int from, int to) {
    Checks.atLeast(from, 1, "from");
    Checks.atLeast(to, from, "to");
  }
}
