package org.kamsim.optimise;

/**
 * One account's row of {@code plan.csv}.
 *
 * @param index portfolio index
 * @param score weighted scoring-matrix score (NaN without criteria)
 * @param keyToday key in the portfolio today
 * @param keyInPlan key in the optimised plan
 * @param incrementalValue mean horizon profit (NPV with {@code finance}) gained by making it key (KAM salary
 *     excluded), fresh trials
 */
public record AccountValue(int index, double score, boolean keyToday, boolean keyInPlan,
    double incrementalValue) {}
