package org.kamsim.report;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The figures of a run's {@code summary.json}, read back for the report (see {@link SummaryJson} for their
 * meaning). Money is in the portfolio's currency, totals over the horizon.
 *
 * @param scenario the scenario's name
 * @param trials Monte Carlo trials
 * @param seed master seed
 * @param horizonMonths months simulated
 * @param revenue horizon revenue under the plan
 * @param profit horizon profit under the plan
 * @param revenueAtRisk revenue at risk (distances below the mean)
 * @param profitAtRisk profit at risk (distances below the mean)
 * @param accountsLostMean mean number of accounts lost over the horizon
 * @param accountsLostP95 its 95th percentile
 * @param survivalThreshold fraction of today's run-rate that defines survival
 * @param survivalRevenue that threshold as horizon revenue
 * @param probabilityBelowSurvival probability that horizon revenue falls below it
 * @param concentration concentration of today's revenue
 * @param plan what the plan is worth against the status quo
 * @param statusQuo the status quo's key set and headcount
 */
record SummaryFigures(
    String scenario,
    long trials,
    long seed,
    int horizonMonths,
    Distribution revenue,
    Distribution profit,
    Risk revenueAtRisk,
    Risk profitAtRisk,
    double accountsLostMean,
    double accountsLostP95,
    double survivalThreshold,
    double survivalRevenue,
    double probabilityBelowSurvival,
    Concentration concentration,
    PlanValue plan,
    StatusQuo statusQuo) {

  /** A distribution across trials: mean, its standard error and quantiles. */
  record Distribution(double mean, double stderr, double p01, double p05, double p50, double p95,
      double p99) {}

  /** Value at risk and expected shortfall, as distances below the mean. */
  record Risk(double var95, double var99, double es95, double es99) {}

  /** Concentration of today's revenue. */
  record Concentration(double hhi, double top1Share, double top5Share, double gini) {}

  /** The plan against the status quo (paired differences over the horizon). */
  record PlanValue(List<String> keyAccounts, int kams, int statusQuoKams, double programCostMean,
      double incrementalProfitMean, double incrementalProfitStderr, double incrementalProfitCi95Low,
      double incrementalProfitCi95High, OptionalInt paybackMonth) {
    public PlanValue {
      keyAccounts = List.copyOf(keyAccounts);
    }
  }

  /** Today's key set and the status quo's headcount. */
  record StatusQuo(List<String> keyAccounts, int kams) {
    public StatusQuo {
      keyAccounts = List.copyOf(keyAccounts);
    }
  }

  /** Reads {@code summary.json}; every figure the report shows must be there. */
  static SummaryFigures read(Path file) throws ReportInputException {
    JsonInput json = JsonInput.read(file);
    return new SummaryFigures(
        json.text("scenario"),
        json.integer("trials"),
        json.integer("seed"),
        json.smallInteger("horizon_months"),
        distribution(json, "revenue"),
        distribution(json, "profit"),
        risk(json, "revenue_at_risk"),
        risk(json, "profit_at_risk"),
        json.number("accounts_lost.mean"),
        json.number("accounts_lost.p95"),
        json.number("survival.threshold"),
        json.number("survival.revenue_threshold"),
        json.number("survival.probability_below"),
        new Concentration(json.number("concentration.hhi"), json.number("concentration.top1_share"),
            json.number("concentration.top5_share"), json.number("concentration.gini")),
        new PlanValue(json.strings("plan.key_accounts"), json.smallInteger("plan.kams"),
            json.smallInteger("plan.status_quo_kams"), json.number("plan.program_cost_mean"),
            json.number("plan.incremental_profit_mean"), json.number("plan.incremental_profit_stderr"),
            json.number("plan.incremental_profit_ci95.0"), json.number("plan.incremental_profit_ci95.1"),
            json.optionalInteger("plan.payback_month")),
        new StatusQuo(json.strings("status_quo.key_accounts"), json.smallInteger("status_quo.kams")));
  }

  private static Distribution distribution(JsonInput json, String name) throws ReportInputException {
    return new Distribution(json.number(name + ".mean"), json.number(name + ".stderr"),
        json.number(name + ".p01"), json.number(name + ".p05"), json.number(name + ".p50"),
        json.number(name + ".p95"), json.number(name + ".p99"));
  }

  private static Risk risk(JsonInput json, String name) throws ReportInputException {
    return new Risk(json.number(name + ".var95"), json.number(name + ".var99"), json.number(name + ".es95"),
        json.number(name + ".es99"));
  }
}
