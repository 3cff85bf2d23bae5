package org.kamsim.model;

import java.util.List;

/** How a scenario names its plan's key set, before it is resolved against the portfolio. */
public sealed interface PlanSpec {

  /** {@code plan: {key: [A001, A002]}}. */
  record KeyIds(List<String> ids) implements PlanSpec {
    public KeyIds {
      ids = List.copyOf(ids);
    }
  }

  /** {@code plan: {select: current}}: today's key accounts. */
  record Current() implements PlanSpec {}

  /** {@code plan: {select: "top:N"}}: the N largest by today's revenue. */
  record TopRevenue(int n) implements PlanSpec {
    public TopRevenue {
      Checks.atLeast(n, 0, "plan.select top");
    }
  }

  /** {@code plan: {select: "score:N"}}: the N best by the weighted scoring matrix. */
  record TopScore(int n) implements PlanSpec {
    public TopScore {
      Checks.atLeast(n, 0, "plan.select score");
    }
  }

  /**
   * {@code plan: {select: "tier:NAME"}}: the accounts of that tier or a higher one (accounts under
   * {@code scoring.min_share} are standard, so never chosen).
   */
  record AtLeastTier(String tier) implements PlanSpec {
    public AtLeastTier {
      Checks.nonBlank(tier, "plan.select tier");
    }
  }
}
