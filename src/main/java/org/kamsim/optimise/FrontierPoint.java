package org.kamsim.optimise;

/**
 * A non-dominated plan of the profit / tail-risk / headcount trade-off (one row of {@code frontier.csv}),
 * with figures from the fresh trials.
 */
public record FrontierPoint(Assessment assessment, int headcount, double meanProfit, double es95Profit) {}
