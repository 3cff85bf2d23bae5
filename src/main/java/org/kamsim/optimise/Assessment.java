package org.kamsim.optimise;

import org.kamsim.model.Plan;

/**
 * A plan scored on the fresh validation trials: the objective with its standard error and the figures a
 * planner reads next to it. When the scenario has {@code finance}, every profit figure here is the NPV
 * (MODEL.md, "Finance"), as the objective's; revenue stays undiscounted.
 *
 * @param name what the plan is ("optimised", "status-quo", "top-revenue", ...)
 * @param plan the key set and headcount
 * @param objective the scenario's objective on the fresh trials
 * @param objectiveStderr its standard error
 * @param meanProfit mean horizon profit (KAM salaries included)
 * @param profitStderr its standard error
 * @param es95Profit expected shortfall of profit at 95%, from the mean
 * @param tailMeanProfit mean profit of the worst 5% of trials ({@code meanProfit - es95Profit}; higher is
 *     safer)
 * @param meanRevenue mean horizon revenue
 * @param probabilityBelowSurvival share of trials whose revenue falls below the survival threshold
 * @param load complexity units of the key set
 * @param capacity complexity units the headcount carries
 */
public record Assessment(
    String name,
    Plan plan,
    double objective,
    double objectiveStderr,
    double meanProfit,
    double profitStderr,
    double es95Profit,
    double tailMeanProfit,
    double meanRevenue,
    double probabilityBelowSurvival,
    double load,
    double capacity) {}
