package org.kamsim.optimise;

/**
 * A baseline next to the optimised plan, both on the same fresh trials.
 *
 * @param baseline the baseline's figures
 * @param advantage optimised minus baseline objective, paired, with its standard error and 95% interval
 */
public record Comparison(Assessment baseline, ObjectiveFunction.Difference advantage) {}
