package org.kamsim.simulation;

/**
 * One account's results under the plan (one row of {@code accounts.csv}).
 *
 * @param probabilityLost share of trials in which the account is lost within the horizon
 * @param expectedRevenue mean horizon revenue of the account
 * @param expectedProfit mean horizon profit of the account (before the fixed KAM cost)
 * @param esContribution its part of ES95 of portfolio revenue: mean revenue minus its mean revenue in
 *     the trials that make up the 5% revenue tail. The contributions add up to {@code es95}.
 * @param revenueLostToShocks mean horizon revenue the scenario's shocks cost it: its mean revenue on the same
 *     draws without the shocks minus {@code expectedRevenue}; NaN when the scenario has none
 */
public record AccountOutcome(
    String id,
    int index,
    boolean keyToday,
    boolean keyInPlan,
    double probabilityLost,
    double expectedRevenue,
    double expectedProfit,
    double esContribution,
    double revenueLostToShocks) {}
