package org.kamsim.optimise;

/**
 * A non-dominated plan of the trade-off between mean profit, profit in the worst 5% of futures and headcount
 * (one row of {@code frontier.csv}), with figures from the fresh trials.
 */
public record FrontierPoint(Assessment assessment, int headcount) {}
