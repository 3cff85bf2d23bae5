package org.kamsim.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.kamsim.report.text.ObjectiveText;
import org.kamsim.report.text.ShockText;
import org.kamsim.results.PlanSearch;
import org.kamsim.results.Result;
import org.kamsim.results.Summary;
import org.kamsim.results.TrialsFile;

/**
 * Every chart a result allows, in the order the report shows them, each built from the result's records
 * alone, never from the engine. Money axes are scaled to a unit (thousands, millions, billions) named in
 * the axis label; shares and probabilities are in percent. Every chart carries its title, a subtitle that
 * says what is drawn and which way is better, and a legend that names every line and colour, so that a
 * PNG lifted into a slide still reads on its own.
 */
public final class Charts {
  public static final String FAN = "revenue_fan";
  public static final String REVENUE = "revenue_distribution";
  public static final String REVENUE_S_CURVE = "revenue_s_curve";
  public static final String PROFIT = "profit_distribution";
  public static final String PROFIT_S_CURVE = "profit_s_curve";
  public static final String LOST = "accounts_lost";
  public static final String LORENZ = "concentration_lorenz";
  public static final String TOP_ACCOUNTS = "top_accounts";
  public static final String TAIL = "tail_drivers";
  public static final String PLAN_VALUE = "plan_value";
  public static final String BASELINES = "plan_vs_baselines";
  public static final String STAFFING = "staffing";
  public static final String FRONTIER = "frontier";
  public static final String CONVERGENCE = "convergence";
  public static final String PRECISION = "precision";

  private Charts() {}

  /** The charts of {@code data}'s result. */
  public static List<ChartFiles.Chart> of(ReportData data) {
    Result r = data.result();
    Summary s = r.summary();
    int months = s.horizonMonths();
    double[] profit = data.sortedProfit();
    DistributionCharts.Total revenueTotal = DistributionCharts.Total.of("Revenue", data.sortedRevenue(),
        data.sortedRevenueWithoutShocks(), s.revenue().mean(), s.revenueAtRisk(), months);
    DistributionCharts.Total profitTotal = DistributionCharts.Total.of("Profit", profit,
        data.sortedProfitWithoutShocks(), s.profit().mean(), s.profitAtRisk(), months);
    boolean breakEven = profit[0] < 0 && profit[profit.length - 1] > 0;
    TailDrivers drivers = data.drivers();
    ShockText shocks = data.shocks();
    DistributionCharts.LostCounts lost = DistributionCharts.LostCounts.of(
        r.trials().ints(TrialsFile.ACCOUNTS_LOST).toArray());

    List<ChartFiles.Chart> charts = new ArrayList<>();
    charts.add(new ChartFiles.Chart(FAN, layout -> FanChart.draw(r, shocks, layout)));
    charts.add(new ChartFiles.Chart(REVENUE, layout -> DistributionCharts.histogram(revenueTotal, layout)));
    charts.add(new ChartFiles.Chart(REVENUE_S_CURVE, layout -> DistributionCharts.sCurve(revenueTotal,
        s.survival().revenueThreshold(), s.survival().probabilityBelow(), "Survival threshold", layout)));
    charts.add(new ChartFiles.Chart(PROFIT, layout -> DistributionCharts.histogram(profitTotal, layout)));
    charts.add(new ChartFiles.Chart(PROFIT_S_CURVE, layout -> DistributionCharts.sCurve(profitTotal,
        breakEven ? 0 : Double.NaN, ReportData.shareBelow(profit, 0), "Break-even", layout)));
    charts.add(new ChartFiles.Chart(LOST, layout -> DistributionCharts.accountsLost(lost, s.accountsLost().mean(),
        s.accountsLost().p95(), r.accounts().rowCount(), months, layout)));
    charts.add(new ChartFiles.Chart(PRECISION, layout -> PrecisionChart.draw(data.runningRevenue(),
        data.runningProfit(), layout)));
    charts.add(new ChartFiles.Chart(LORENZ, layout -> ConcentrationCharts.lorenz(r.accounts(), s.concentration(),
        layout)));
    charts.add(new ChartFiles.Chart(TOP_ACCOUNTS, layout -> ConcentrationCharts.topAccounts(r.accounts(), layout)));
    if (drivers.top(1).length > 0) {
      charts.add(new ChartFiles.Chart(TAIL, layout -> TailDriversChart.draw(r.accounts(), drivers, months, layout)));
    }
    if (!s.plan().sameAsStatusQuo()) {
      charts.add(new ChartFiles.Chart(PLAN_VALUE, layout -> PlanValueChart.draw(r.periods(), s.plan(), layout)));
    }
    r.search().ifPresent(search -> addSearch(charts, search));
    return charts;
  }

  private static void addSearch(List<ChartFiles.Chart> charts, PlanSearch search) {
    PlanSearch.Chosen chosen = search.chosen();
    ObjectiveText objective = new ObjectiveText(chosen.objectiveName(), chosen.riskAversion(), chosen.npv());
    if (!chosen.baselines().isEmpty()) {
      charts.add(new ChartFiles.Chart(BASELINES, layout -> BaselinesChart.draw(chosen, objective, layout)));
    }
    charts.add(new ChartFiles.Chart(STAFFING, layout -> StaffingChart.draw(search.staffing(), objective,
        chosen.headcount(), layout)));
    search.frontier().ifPresent(f -> charts.add(new ChartFiles.Chart(FRONTIER,
        layout -> FrontierChart.draw(f, chosen, layout))));
    charts.add(new ChartFiles.Chart(CONVERGENCE, layout -> ConvergenceChart.draw(search.convergence(), objective,
        layout)));
  }
}
