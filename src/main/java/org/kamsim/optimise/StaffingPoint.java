package org.kamsim.optimise;

/**
 * The best plan found for one headcount (one row of {@code staffing.csv}).
 *
 * @param headcount KAMs
 * @param searchObjective its objective on the optimisation trials
 * @param assessment the same plan on the fresh trials
 * @param marginal objective gain over the best plan with one KAM fewer, paired on the fresh trials; null
 *     for the smallest headcount
 * @param marginalProfit mean profit gain over the best plan with one KAM fewer, paired likewise; null for
 *     the smallest headcount
 */
public record StaffingPoint(int headcount, double searchObjective, Assessment assessment,
    ObjectiveFunction.Difference marginal, ObjectiveFunction.Difference marginalProfit) {}
