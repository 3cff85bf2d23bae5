package org.kamsim.simulation;

/**
 * Figures for one month (one row of {@code periods.csv}). Revenue and profit are portfolio totals for the
 * month; quantiles are across trials. {@code revenueMeanWithoutShocks} is the mean on the same draws without
 * the scenario's shocks, NaN when it has none.
 */
public record Period(
    int month,
    double revenueMean,
    double revenueP05,
    double revenueP25,
    double revenueP50,
    double revenueP75,
    double revenueP95,
    double profitMean,
    double activeAccountsMean,
    double statusQuoRevenueMean,
    double statusQuoRevenueP50,
    double statusQuoProfitMean,
    double incrementalProfitMean,
    double cumulativeIncrementalProfitMean,
    double revenueMeanWithoutShocks) {}
