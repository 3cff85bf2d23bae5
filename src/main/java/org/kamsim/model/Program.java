package org.kamsim.model;

/**
 * What the KAM program does to a key account (MODEL.md, "Coverage").
 *
 * @param churnMultiplier annual churn of a fully ramped key account is {@code churn * churnMultiplier}
 * @param growthUplift added to annual growth of a fully ramped key account
 * @param rampMonths months of uninterrupted coverage to full effect; 0 means effect from the first month
 * @param discount subtracted from margin in every month the account is key (rebates, volume discounts)
 * @param overheadPerAccount annual program overhead per active key account
 * @param demotionChurnMultiplier annual churn of a demoted key account is {@code churn * this}
 */
public record Program(
    double churnMultiplier,
    double growthUplift,
    int rampMonths,
    double discount,
    double overheadPerAccount,
    double demotionChurnMultiplier) {
  public static final Program DEFAULT = new Program(0.5, 0.05, 6, 0.01, 20_000, 1.5);

  public Program {
    Checks.nonNegative(churnMultiplier, "program.churn_multiplier");
    Checks.inRange(growthUplift, Limits.MIN_GROWTH_UPLIFT, Limits.MAX_GROWTH_UPLIFT, "program.growth_uplift");
    Checks.atLeast(rampMonths, 0, "program.ramp_months");
    Checks.inRange(discount, 0, 1, "program.discount");
    Checks.inRange(overheadPerAccount, 0, Limits.MAX_AMOUNT, "program.overhead_per_account");
    Checks.nonNegative(demotionChurnMultiplier, "program.demotion_churn_multiplier");
  }

  public Program withChurnMultiplier(double value) {
    return new Program(value, growthUplift, rampMonths, discount, overheadPerAccount, demotionChurnMultiplier);
  }

  public Program withGrowthUplift(double value) {
    return new Program(churnMultiplier, value, rampMonths, discount, overheadPerAccount, demotionChurnMultiplier);
  }

  public Program withRampMonths(int value) {
    return new Program(churnMultiplier, growthUplift, value, discount, overheadPerAccount, demotionChurnMultiplier);
  }

  public Program withDiscount(double value) {
    return new Program(churnMultiplier, growthUplift, rampMonths, value, overheadPerAccount, demotionChurnMultiplier);
  }

  public Program withOverheadPerAccount(double value) {
    return new Program(churnMultiplier, growthUplift, rampMonths, discount, value, demotionChurnMultiplier);
  }

  public Program withDemotionChurnMultiplier(double value) {
    return new Program(churnMultiplier, growthUplift, rampMonths, discount, overheadPerAccount, value);
  }
}
