package org.kamsim.simulation;

/**
 * How an account is covered over the horizon under one plan: the four combinations of "key today" and
 * "key in the plan" (MODEL.md, "Coverage"). Under a phased plan "key in the plan" means key in some month;
 * the months themselves are the {@link CoveragePath}'s {@code join} and {@code leave}.
 */
public enum Coverage {
  /** Not key today, not key in the plan. */
  STANDARD(false),
  /** Key today, not key in the plan: churn times {@code demotion_churn_multiplier} all horizon. */
  DEMOTED(false),
  /** Key today and kept key: program effects at full strength ({@code r = 1}) from month 1. */
  KEPT(true),
  /** Not key today, key in the plan: effects ramp up from month 1. */
  ELEVATED(true);

  private final boolean inKeySet;

  Coverage(boolean inKeySet) {
    this.inKeySet = inKeySet;
  }

  /** Whether the account is in the plan's key set (gets a KAM, discount and overhead). */
  public boolean inKeySet() {
    return inKeySet;
  }

  public static Coverage of(boolean keyToday, boolean keyInPlan) {
    if (keyToday) {
      return keyInPlan ? KEPT : DEMOTED;
    }
    return keyInPlan ? ELEVATED : STANDARD;
  }
}
