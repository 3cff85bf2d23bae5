package org.kamsim.optimise;

/**
 * A baseline next to the optimised plan, both on the same fresh trials.
 *
 * @param baseline the baseline's figures
 * @param advantage optimised minus baseline objective, paired, with its standard error and 95% interval
 * @param profitAdvantage optimised minus baseline mean profit, paired likewise
 * @param sameAsOptimised whether the baseline is the optimised plan itself (same key set and headcount)
 */
public record Comparison(Assessment baseline, ObjectiveFunction.Difference advantage,
    ObjectiveFunction.Difference profitAdvantage, boolean sameAsOptimised) {}
