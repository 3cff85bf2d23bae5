package org.kamsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.kamsim.model.Scenario;
import org.kamsim.simulation.Concentration;
import org.kamsim.simulation.Distribution;
import org.kamsim.simulation.PlanFigures;
import org.kamsim.simulation.RiskMeasures;
import org.kamsim.simulation.SimulationResult;

/**
 * {@code summary.json}: the headline figures of MODEL.md's "Outputs", keys in a fixed order. Results only,
 * no clock time or path, so that two runs of one seed give identical bytes whatever the thread count.
 * Money is in the portfolio's currency, totals over the horizon.
 */
public final class SummaryJson {
  public static final String FILE = "summary.json";

  private SummaryJson() {}

  public static void write(SimulationResult result, Path file) throws IOException {
    Json.write(of(result), file);
  }

  static ObjectNode of(SimulationResult result) {
    Scenario scenario = result.scenario();
    ObjectNode root = Json.object();
    root.put("scenario", scenario.name());
    root.put("trials", result.trials());
    root.put("seed", scenario.seed());
    root.put("horizon_months", scenario.horizonMonths());
    root.set("revenue", distribution(result.revenue()));
    root.set("profit", distribution(result.profit()));
    root.set("revenue_at_risk", risk(result.revenueAtRisk()));

    ObjectNode lost = root.putObject("accounts_lost");
    lost.put("mean", result.accountsLostMean());
    lost.put("p95", result.accountsLostP95());

    ObjectNode survival = root.putObject("survival");
    survival.put("threshold", scenario.survivalThreshold());
    survival.put("revenue_threshold", result.survivalRevenue());
    survival.put("probability_below", result.probabilityBelowSurvival());

    Concentration c = result.concentration();
    ObjectNode concentration = root.putObject("concentration");
    concentration.put("hhi", c.hhi());
    concentration.put("top1_share", c.top1Share());
    concentration.put("top5_share", c.top5Share());
    concentration.put("gini", c.gini());

    PlanFigures p = result.plan();
    ObjectNode plan = root.putObject("plan");
    plan.set("key_accounts", Json.strings(p.keyAccounts()));
    plan.put("kams", p.kams());
    plan.put("status_quo_kams", p.statusQuoKams());
    plan.put("program_cost_mean", p.programCostMean());
    plan.put("incremental_profit_mean", p.incrementalProfitMean());
    plan.put("incremental_profit_stderr", p.incrementalProfitStderr());
    plan.putArray("incremental_profit_ci95")
        .add(p.incrementalProfitCi95Low())
        .add(p.incrementalProfitCi95High());
    if (p.paybackMonth().isPresent()) {
      plan.put("payback_month", p.paybackMonth().getAsInt());
    } else {
      plan.putNull("payback_month");
    }

    ObjectNode statusQuo = root.putObject("status_quo");
    statusQuo.set("key_accounts", Json.strings(scenario.statusQuo().key()));
    statusQuo.put("kams", scenario.statusQuo().headcount());
    statusQuo.set("revenue", distribution(result.statusQuoRevenue()));
    statusQuo.set("profit", distribution(result.statusQuoProfit()));

    root.set("profit_at_risk", risk(result.profitAtRisk()));
    return root;
  }

  private static ObjectNode distribution(Distribution d) {
    ObjectNode node = Json.object();
    node.put("mean", d.mean());
    node.put("stderr", d.stderr());
    node.put("p01", d.p01());
    node.put("p05", d.p05());
    node.put("p50", d.p50());
    node.put("p95", d.p95());
    node.put("p99", d.p99());
    return node;
  }

  private static ObjectNode risk(RiskMeasures r) {
    ObjectNode node = Json.object();
    node.put("var95", r.var95());
    node.put("var99", r.var99());
    node.put("es95", r.es95());
    node.put("es99", r.es99());
    return node;
  }
}
